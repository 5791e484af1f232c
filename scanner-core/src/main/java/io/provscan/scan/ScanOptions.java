package io.provscan.scan;

import io.provscan.detect.optout.OptOutSettings;
import io.provscan.detect.pii.PiiSettings;
import io.provscan.extract.ExtractionLimits;
import io.provscan.index.IndexSettings;
import io.provscan.internal.OptionBounds;
import io.provscan.internal.Sizes;
import io.provscan.policy.Policy;
import io.provscan.report.Lang;
import io.provscan.source.SourceLimits;
import io.provscan.source.SourceSettings;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a scan is told: where to read and write, how many workers, and one settings record per
 * stage, each owning its defaults and its checks. Built and validated once by {@link
 * ScanOptionsBuilder#build()}, then shared read-only with every thread.
 *
 * @param roots the folders and files to scan, absolute
 * @param out the output folder
 * @param threads worker threads
 * @param source how roots are walked and archives expanded
 * @param extraction bounds on extracting one item
 * @param indexing whether and how the Lucene index is written
 * @param licenses true when licences are detected ({@code --no-licenses} turns it off)
 * @param optOut how opt-out signals are read
 * @param pii whether and what personal data is looked for
 * @param policy the policy items and sources are judged against
 * @param mediaMetadata true when media files are read for embedded rights (IPTC Data Mining in XMP,
 *     C2PA training-mining); {@code --no-media-metadata} turns it off
 * @param reportLang the language report.html and the statements are written in
 */
public record ScanOptions(
    List<Path> roots,
    Path out,
    int threads,
    SourceSettings source,
    ExtractionLimits extraction,
    IndexSettings indexing,
    boolean licenses,
    OptOutSettings optOut,
    PiiSettings pii,
    Policy policy,
    boolean mediaMetadata,
    Lang reportLang) {

  /** The output folder when none is given: {@code ./provscan-out}. */
  public static final Path DEFAULT_OUT = Path.of("provscan-out");

  /** Most worker threads: {@value}. */
  public static final int MAX_THREADS = 256;

  /** Copies the roots. */
  public ScanOptions {
    roots = List.copyOf(roots);
  }

  /** A builder with every default set. */
  public static ScanOptionsBuilder builder() {
    return new ScanOptionsBuilder();
  }

  /**
   * These options, checked stage by stage (the roots are checked by the builder, which makes them
   * absolute).
   *
   * @throws IllegalArgumentException naming the first bad option and its bound
   */
  public ScanOptions validated() {
    OptionBounds.range("--threads", threads, 1, MAX_THREADS);
    source.validated();
    indexing.validated();
    extraction.validated();
    optOut.validated();
    pii.validated();
    return this;
  }

  /**
   * The roots, each checked to exist, made absolute and normalised.
   *
   * @throws IllegalArgumentException when there is none, or naming one that does not exist
   */
  static List<Path> absolute(List<Path> roots) {
    if (roots.isEmpty()) {
      throw new IllegalArgumentException("no path to scan");
    }
    List<Path> absolute = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
        throw new IllegalArgumentException("scan path '" + root + "' does not exist");
      }
      absolute.add(root.toAbsolutePath().normalize());
    }
    return absolute;
  }

  /** True when the Lucene index is written. */
  public boolean index() {
    return indexing.enabled();
  }

  /** Bounds for sources, spooling into {@code tempDir}; the output folder is never walked. */
  public SourceLimits sourceLimits(Path tempDir) {
    return source.limits(
        extraction.maxItemSize(), List.of(out.toAbsolutePath().normalize()), tempDir);
  }

  /**
   * The effective options, for {@code summary.json} (its {@code options} object, in this order).
   */
  public Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("threads", threads);
    m.put("excludes", source.excludes());
    m.put("followLinks", source.followLinks());
    m.put("index", indexing.enabled());
    m.put("storeText", indexing.storeText());
    m.put("indexMaxChars", indexing.maxChars());
    m.put("maxItemSize", extraction.maxItemSize());
    m.put("maxTextChars", extraction.maxChars());
    m.put("itemTimeoutMs", extraction.timeout().toMillis());
    m.put("maxEmbeddedDepth", extraction.maxEmbeddedDepth());
    m.put("maxEmbeddedCount", extraction.maxEmbeddedCount());
    m.put("maxArchiveDepth", source.maxArchiveDepth());
    m.put("maxArchiveEntries", source.maxArchiveEntries());
    m.put("maxArchiveBytes", source.maxArchiveBytes());
    m.put("maxCompressionRatio", source.maxCompressionRatio());
    m.put("urlColumn", source.columns().url());
    m.put("textColumn", source.columns().text());
    m.put("licenseColumn", source.columns().license());
    m.put("policy", policy.origin());
    m.put("licenses", licenses);
    m.put("optOut", optOut.enabled());
    m.put("sitePolicies", optOut.sitePolicies() == null ? null : optOut.sitePolicies().toString());
    m.put("fetchSitePolicies", optOut.fetch());
    m.put("fetchIntervalMs", optOut.fetchInterval().toMillis());
    if (optOut.fetch()) {
      m.put("allowPrivateHosts", optOut.allowPrivateHosts());
    }
    m.put("pii", pii.enabled());
    m.put("piiTypes", pii.selected());
    if (!mediaMetadata) {
      m.put("mediaMetadata", false); // written only when off, so older summaries compare equal
    }
    return m;
  }

  @Override
  public String toString() {
    return "ScanOptions"
        + describe()
        + " roots="
        + roots
        + " out="
        + out
        + " (max item "
        + Sizes.format(extraction.maxItemSize())
        + ")";
  }
}
