package io.provscan.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.scan.ScanOptions;
import io.provscan.scan.ScanOptionsBuilder;
import io.provscan.source.RecordColumns;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The walk and extraction settings of a finished scan, read back from {@code summary.json} → {@code
 * options}: the export walks and extracts with them, so it meets the items the scan met and gets
 * the same text from them. An option the summary lacks (an older scan) keeps its default.
 */
final class ScanSettings {
  private ScanSettings() {}

  /**
   * Options for re-reading the corpus of the scan whose summary options are {@code options}.
   *
   * @param scanFolder the scan's output folder (it stands in as the root, which the export never
   *     walks: it visits the scan's files one by one)
   * @param dest where the export writes (never read as corpus)
   */
  static ScanOptions of(JsonNode options, Path scanFolder, Path dest, int threads) {
    ScanOptionsBuilder b =
        ScanOptions.builder().root(scanFolder).out(dest).threads(threads).index(false);
    List<String> excludes = new ArrayList<>();
    options.path("excludes").forEach(e -> excludes.add(e.asText()));
    b.excludes(excludes);
    b.followLinks(options.path("followLinks").asBoolean(false));
    long maxItemSize = options.path("maxItemSize").asLong(0);
    if (maxItemSize > 0) {
      b.maxItemSize(maxItemSize);
    }
    int maxChars = options.path("maxTextChars").asInt(0);
    if (maxChars > 0) {
      b.maxChars(maxChars);
    }
    long timeout = options.path("itemTimeoutMs").asLong(0);
    if (timeout > 0) {
      b.itemTimeout(Duration.ofMillis(timeout));
    }
    if (options.has("maxEmbeddedDepth") && options.has("maxEmbeddedCount")) {
      b.embedded(options.get("maxEmbeddedDepth").asInt(), options.get("maxEmbeddedCount").asInt());
    }
    if (options.has("maxArchiveDepth")) {
      b.archives(
          options.path("maxArchiveDepth").asInt(),
          options.path("maxArchiveEntries").asInt(),
          options.path("maxArchiveBytes").asLong(),
          options.path("maxCompressionRatio").asInt());
    }
    b.columns(
        new RecordColumns(
            text(options, "urlColumn"),
            text(options, "textColumn"),
            text(options, "licenseColumn")));
    b.licenses(options.path("licenses").asBoolean(true));
    return b.build();
  }

  private static String text(JsonNode options, String name) {
    JsonNode n = options.get(name);
    return n == null || n.isNull() ? null : n.asText();
  }
}
