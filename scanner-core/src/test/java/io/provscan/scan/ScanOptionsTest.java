package io.provscan.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.provscan.detect.pii.PiiType;
import io.provscan.detect.pii.SensitiveCategory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each stage's settings check themselves; the message names the option, its bound and value. */
class ScanOptionsTest {
  @TempDir Path corpus;

  static Stream<Arguments> badOptions() {
    return Stream.of(
        bad(b -> b.threads(257), "--threads must be between 1 and 256, got 257"),
        bad(b -> b.archives(65, 1, 1, 250), "--max-archive-depth must be between 0 and 64, got 65"),
        bad(
            b -> b.archives(5, 0, 1, 250),
            "--max-archive-entries must be between 1 and 2147483647, got 0"),
        bad(
            b -> b.archives(5, 1, 1, 1),
            "--max-compression-ratio must be between 2 and 100000, got 1"),
        bad(b -> b.archives(5, 1, 0, 250), "--max-archive-bytes must be positive"),
        bad(
            b -> b.inMemoryLimit(1),
            "--in-memory-limit must be between 65536 and 1073741824, got 1"),
        bad(b -> b.excludes(List.of("[a")), null),
        bad(b -> b.commitEvery(0), "--commit-every must be between 1 and 2147483647, got 0"),
        bad(b -> b.indexMaxChars(0), "--index-max-chars must be between 1 and 2147483647, got 0"),
        bad(b -> b.maxItemSize(0), "--max-item-size must be at least 1 byte, got 0"),
        bad(
            b -> b.itemTimeout(Duration.ofMillis(5)),
            "--item-timeout must be between 10ms and 24h, got PT0.005S"),
        bad(b -> b.maxChars(0), "--max-text must be between 1 and 2147483639, got 0"),
        bad(b -> b.embedded(-1, 1), "embedded limits must not be negative"),
        bad(
            b -> b.fetchPacing(Duration.ofMinutes(11), Duration.ofSeconds(1)),
            "--fetch-interval must be between 0s and 10m, got PT11M"),
        bad(b -> b.piiTypes(List.of("SHOE_SIZE")), null));
  }

  private static Arguments bad(UnaryOperator<ScanOptionsBuilder> option, String message) {
    return Arguments.of(option, message);
  }

  @ParameterizedTest
  @MethodSource("badOptions")
  void rejectsABadOptionNamingItsBound(UnaryOperator<ScanOptionsBuilder> option, String message) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> option.apply(ScanOptions.builder().root(corpus)).build());
    if (message != null) {
      assertEquals(message, e.getMessage());
    }
  }

  /**
   * The {@code options} object of {@code summary.json}: its keys and their order are a contract.
   */
  @Test
  void describesTheOptionsInTheSummaryOrder() {
    ScanOptions o = ScanOptions.builder().root(corpus).threads(3).build();
    assertEquals(
        List.of(
            "threads",
            "excludes",
            "followLinks",
            "index",
            "storeText",
            "indexMaxChars",
            "maxItemSize",
            "maxTextChars",
            "itemTimeoutMs",
            "maxEmbeddedDepth",
            "maxEmbeddedCount",
            "maxArchiveDepth",
            "maxArchiveEntries",
            "maxArchiveBytes",
            "maxCompressionRatio",
            "urlColumn",
            "textColumn",
            "licenseColumn",
            "policy",
            "licenses",
            "optOut",
            "sitePolicies",
            "fetchSitePolicies",
            "fetchIntervalMs",
            "pii",
            "piiTypes"),
        List.copyOf(o.describe().keySet()));
    assertEquals(3, o.describe().get("threads"));
    assertEquals(268_435_456L, o.describe().get("maxItemSize"));
    assertEquals(
        PiiType.values().length + SensitiveCategory.values().length,
        ((List<?>) o.describe().get("piiTypes")).size());
  }

  @Test
  void selectsPersonalDataByNameInAnyCaseTypesBeforeCategories() {
    ScanOptions o =
        ScanOptions.builder().root(corpus).piiTypes(List.of("health", "Email_Address")).build();
    assertEquals(List.of("EMAIL_ADDRESS", "HEALTH"), o.describe().get("piiTypes"));
    ScanOptions off = ScanOptions.builder().root(corpus).pii(false).build();
    assertEquals(List.of(), off.describe().get("piiTypes"));
  }
}
