package io.provscan.scan;

import io.provscan.detect.optout.OptOutSettings;
import io.provscan.detect.pii.PiiSettings;
import io.provscan.extract.ExtractionLimits;
import io.provscan.index.IndexSettings;
import io.provscan.policy.Policy;
import io.provscan.policy.PolicyLoader;
import io.provscan.report.Lang;
import io.provscan.source.RecordColumns;
import io.provscan.source.SourceSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the options of a scan one by one; {@link #build()} sorts them into the stages' settings
 * records, validates them and names the first bad one. Every default is the owning record's: {@link
 * SourceSettings#DEFAULTS}, {@link ExtractionLimits#DEFAULTS}, {@link IndexSettings#DEFAULTS},
 * {@link OptOutSettings#DEFAULTS}, {@link PiiSettings#DEFAULTS}.
 */
public final class ScanOptionsBuilder {
  private final List<Path> roots = new ArrayList<>();
  private Path out = ScanOptions.DEFAULT_OUT;
  private int threads = Runtime.getRuntime().availableProcessors();
  private final List<String> excludes = new ArrayList<>();
  private boolean followLinks = SourceSettings.DEFAULTS.followLinks();
  private RecordColumns columns = RecordColumns.BUILT_IN;
  private int inMemoryLimit = SourceSettings.DEFAULTS.inMemoryLimit();
  private int maxArchiveDepth = SourceSettings.DEFAULTS.maxArchiveDepth();
  private int maxArchiveEntries = SourceSettings.DEFAULTS.maxArchiveEntries();
  private long maxArchiveBytes = SourceSettings.DEFAULTS.maxArchiveBytes();
  private int maxCompressionRatio = SourceSettings.DEFAULTS.maxCompressionRatio();
  private int maxChars = ExtractionLimits.DEFAULTS.maxChars();
  private long maxItemSize = ExtractionLimits.DEFAULTS.maxItemSize();
  private Duration itemTimeout = ExtractionLimits.DEFAULTS.timeout();
  private int maxEmbeddedDepth = ExtractionLimits.DEFAULTS.maxEmbeddedDepth();
  private int maxEmbeddedCount = ExtractionLimits.DEFAULTS.maxEmbeddedCount();
  private boolean index = IndexSettings.DEFAULTS.enabled();
  private boolean mediaMetadata = true;
  private boolean storeText = IndexSettings.DEFAULTS.storeText();
  private int commitEvery = IndexSettings.DEFAULTS.commitEvery();
  private int indexMaxChars = IndexSettings.DEFAULTS.maxChars();
  private boolean licenses = true;
  private boolean optOut = OptOutSettings.DEFAULTS.enabled();
  private Path sitePolicies = OptOutSettings.DEFAULTS.sitePolicies();
  private boolean fetchSitePolicies = OptOutSettings.DEFAULTS.fetch();
  private Duration fetchInterval = OptOutSettings.DEFAULTS.fetchInterval();
  private Duration fetchTimeout = OptOutSettings.DEFAULTS.fetchTimeout();
  private boolean allowPrivateHosts = OptOutSettings.DEFAULTS.allowPrivateHosts();
  private boolean pii = PiiSettings.DEFAULTS.enabled();
  private final List<String> piiTypes = new ArrayList<>();
  private Policy policy;
  private Lang reportLang = Lang.EN;

  ScanOptionsBuilder() {}

  /** The language of report.html and the statements (default: English). */
  public ScanOptionsBuilder reportLang(Lang lang) {
    this.reportLang = java.util.Objects.requireNonNull(lang, "reportLang");
    return this;
  }

  /** Adds folders or files to scan. */
  public ScanOptionsBuilder roots(List<Path> paths) {
    roots.addAll(paths);
    return this;
  }

  /** Adds one folder or file to scan. */
  public ScanOptionsBuilder root(Path path) {
    roots.add(path);
    return this;
  }

  /** The output folder (default {@code ./provscan-out}). */
  public ScanOptionsBuilder out(Path dir) {
    out = dir;
    return this;
  }

  /** Worker threads (default: available processors). */
  public ScanOptionsBuilder threads(int n) {
    threads = n;
    return this;
  }

  /** Adds exclusion globs. */
  public ScanOptionsBuilder excludes(List<String> globs) {
    excludes.addAll(globs);
    return this;
  }

  /**
   * Column names for record files whose schema the built-in names miss ({@code --text-column}, …).
   */
  public ScanOptionsBuilder columns(RecordColumns names) {
    columns = names;
    return this;
  }

  /** Follow symbolic links (default false). */
  public ScanOptionsBuilder followLinks(boolean follow) {
    followLinks = follow;
    return this;
  }

  /** Read embedded rights (XMP Data Mining, C2PA) from media files (default true). */
  public ScanOptionsBuilder mediaMetadata(boolean read) {
    mediaMetadata = read;
    return this;
  }

  /** Write the Lucene index (default true). */
  public ScanOptionsBuilder index(boolean write) {
    index = write;
    return this;
  }

  /** Store text in the index (default false). */
  public ScanOptionsBuilder storeText(boolean store) {
    storeText = store;
    return this;
  }

  /**
   * Documents between index commits (default {@value
   * io.provscan.index.CorpusIndex#DEFAULT_COMMIT_EVERY}).
   */
  public ScanOptionsBuilder commitEvery(int n) {
    commitEvery = n;
    return this;
  }

  /** Characters of each item's text indexed (default 1,000,000). */
  public ScanOptionsBuilder indexMaxChars(int n) {
    indexMaxChars = n;
    return this;
  }

  /** Characters of text kept per item. */
  public ScanOptionsBuilder maxChars(int n) {
    maxChars = n;
    return this;
  }

  /** Largest item extracted, bytes. */
  public ScanOptionsBuilder maxItemSize(long bytes) {
    maxItemSize = bytes;
    return this;
  }

  /** Time allowed per item. */
  public ScanOptionsBuilder itemTimeout(Duration timeout) {
    itemTimeout = timeout;
    return this;
  }

  /** Embedded-document limits. */
  public ScanOptionsBuilder embedded(int depth, int count) {
    maxEmbeddedDepth = depth;
    maxEmbeddedCount = count;
    return this;
  }

  /** Archive members held in memory up to this size, bytes. */
  public ScanOptionsBuilder inMemoryLimit(int bytes) {
    inMemoryLimit = bytes;
    return this;
  }

  /** Archive limits: depth, members and bytes per top-level tree, compression ratio. */
  public ScanOptionsBuilder archives(int depth, int entries, long bytes, int ratio) {
    maxArchiveDepth = depth;
    maxArchiveEntries = entries;
    maxArchiveBytes = bytes;
    maxCompressionRatio = ratio;
    return this;
  }

  /** The policy to judge against (default: the bundled one). */
  public ScanOptionsBuilder policy(Policy p) {
    policy = p;
    return this;
  }

  /** Detect licences (default true). */
  public ScanOptionsBuilder licenses(boolean detect) {
    licenses = detect;
    return this;
  }

  /** Read opt-out signals (default true); false leaves the stage out entirely. */
  public ScanOptionsBuilder optOut(boolean read) {
    optOut = read;
    return this;
  }

  /** A folder of saved site policies: {@code <host>/robots.txt}, … (default none). */
  public ScanOptionsBuilder sitePolicies(Path dir) {
    sitePolicies = dir;
    return this;
  }

  /** Fetch site policies live (default false: no network). */
  public ScanOptionsBuilder fetchSitePolicies(boolean fetch) {
    fetchSitePolicies = fetch;
    return this;
  }

  /** Least time between two requests to one host when fetching, and the time limit of each. */
  public ScanOptionsBuilder fetchPacing(Duration interval, Duration timeout) {
    fetchInterval = interval;
    fetchTimeout = timeout;
    return this;
  }

  /**
   * Let fetches reach loopback, private and unique-local addresses (default false: public addresses
   * only, so a corpus cannot steer requests into the scanning machine's network).
   */
  public ScanOptionsBuilder allowPrivateHosts(boolean allow) {
    allowPrivateHosts = allow;
    return this;
  }

  /** Every opt-out setting at once (default {@link OptOutSettings#DEFAULTS}). */
  public ScanOptionsBuilder optOut(OptOutSettings settings) {
    optOut(settings.enabled()).sitePolicies(settings.sitePolicies());
    return fetchSitePolicies(settings.fetch())
        .fetchPacing(settings.fetchInterval(), settings.fetchTimeout())
        .allowPrivateHosts(settings.allowPrivateHosts());
  }

  /** Look for personal data (default true). */
  public ScanOptionsBuilder pii(boolean look) {
    pii = look;
    return this;
  }

  /** Restrict personal data to these types and sensitive categories (default: all). */
  public ScanOptionsBuilder piiTypes(List<String> names) {
    piiTypes.addAll(names);
    return this;
  }

  /**
   * Validates and freezes the options.
   *
   * @throws IllegalArgumentException naming the first bad value and its bound
   */
  public ScanOptions build() {
    return new ScanOptions(
            ScanOptions.absolute(roots),
            out,
            threads,
            new SourceSettings(
                excludes,
                followLinks,
                inMemoryLimit,
                maxArchiveDepth,
                maxArchiveEntries,
                maxArchiveBytes,
                maxCompressionRatio,
                columns),
            new ExtractionLimits(
                maxChars,
                maxItemSize,
                itemTimeout,
                maxEmbeddedDepth,
                maxEmbeddedCount,
                maxCompressionRatio),
            new IndexSettings(index, storeText, commitEvery, indexMaxChars),
            licenses,
            new OptOutSettings(
                optOut,
                sitePolicies,
                fetchSitePolicies,
                fetchInterval,
                fetchTimeout,
                allowPrivateHosts),
            new PiiSettings(pii, piiTypes),
            policy != null ? policy : PolicyLoader.bundled(),
            mediaMetadata,
            reportLang)
        .validated();
  }
}
