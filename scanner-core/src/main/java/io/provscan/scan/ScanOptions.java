package io.provscan.scan;

import io.provscan.detect.optout.OptOutSettings;
import io.provscan.detect.pii.PiiSelection;
import io.provscan.detect.pii.PiiType;
import io.provscan.detect.pii.SensitiveCategory;
import io.provscan.extract.ExtractionLimits;
import io.provscan.index.CorpusIndex;
import io.provscan.internal.Sizes;
import io.provscan.policy.Policy;
import io.provscan.policy.PolicyLoader;
import io.provscan.source.Excludes;
import io.provscan.source.SourceLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a scan is told, validated once by {@link Builder#build()} and then shared read-only
 * with every thread. Each default is a documented constant.
 */
public final class ScanOptions {
  /** Default largest item extracted: 256 MiB. */
  public static final long DEFAULT_MAX_ITEM_SIZE = 256L << 20;

  /** Default archive members held in memory up to: 8 MiB (larger ones go to a temp file). */
  public static final int DEFAULT_IN_MEMORY_LIMIT = 8 << 20;

  /** Default deepest archive nesting expanded: {@value}. */
  public static final int DEFAULT_MAX_ARCHIVE_DEPTH = 5;

  /** Default most members per top-level archive tree: {@value}. */
  public static final int DEFAULT_MAX_ARCHIVE_ENTRIES = 100_000;

  /** Default most bytes decompressed per top-level archive tree: 64 GiB. */
  public static final long DEFAULT_MAX_ARCHIVE_BYTES = 64L << 30;

  /** Default largest compression ratio accepted from archives: {@value}:1. */
  public static final int DEFAULT_MAX_COMPRESSION_RATIO = 250;

  /** Most worker threads: {@value}. */
  public static final int MAX_THREADS = 256;

  private final List<Path> roots;
  private final Path out;
  private final int threads;
  private final List<String> excludes;
  private final boolean followLinks;
  private final boolean index;
  private final boolean storeText;
  private final CorpusIndex.Settings indexSettings;
  private final ExtractionLimits extraction;
  private final int inMemoryLimit;
  private final int maxArchiveDepth;
  private final int maxArchiveEntries;
  private final long maxArchiveBytes;
  private final int maxCompressionRatio;
  private final Policy policy;
  // Licences (issue 3).
  private final boolean licenses;
  private final OptOutSettings optOut;
  // personal data (issue 5)
  private final boolean pii;
  private final List<String> piiTypes;

  private ScanOptions(Builder b) {
    this.roots = List.copyOf(b.roots);
    this.out = b.out;
    this.threads = b.threads;
    this.excludes = List.copyOf(b.excludes);
    this.followLinks = b.followLinks;
    this.index = b.index;
    this.storeText = b.storeText;
    this.indexSettings = new CorpusIndex.Settings(b.storeText, b.commitEvery, b.indexMaxChars);
    this.extraction =
        new ExtractionLimits(
            b.maxChars,
            b.maxItemSize,
            b.itemTimeout,
            b.maxEmbeddedDepth,
            b.maxEmbeddedCount,
            b.maxCompressionRatio);
    this.inMemoryLimit = b.inMemoryLimit;
    this.maxArchiveDepth = b.maxArchiveDepth;
    this.maxArchiveEntries = b.maxArchiveEntries;
    this.maxArchiveBytes = b.maxArchiveBytes;
    this.maxCompressionRatio = b.maxCompressionRatio;
    this.policy = b.policy != null ? b.policy : PolicyLoader.bundled();
    this.licenses = b.licenses;
    this.optOut =
        new OptOutSettings(
            b.optOut, b.sitePolicies, b.fetchSitePolicies, b.fetchInterval, b.fetchTimeout);
    this.pii = b.pii;
    this.piiTypes = List.copyOf(b.piiTypes);
  }

  /** True when licences are detected (default; {@code --no-licenses} turns it off). */
  public boolean licenses() {
    return licenses;
  }

  /** A builder with every default set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The folders and files to scan, absolute. */
  public List<Path> roots() {
    return roots;
  }

  /** The output folder. */
  public Path out() {
    return out;
  }

  /** Worker threads. */
  public int threads() {
    return threads;
  }

  /** The policy items and sources are judged against (the bundled default unless given). */
  public Policy policy() {
    return policy;
  }

  /** True when symbolic links are followed. */
  public boolean followLinks() {
    return followLinks;
  }

  /** True when the Lucene index is written. */
  public boolean index() {
    return index;
  }

  /** True when the index stores the text. */
  public boolean storeText() {
    return storeText;
  }

  /** How the index is written. */
  public CorpusIndex.Settings indexSettings() {
    return indexSettings;
  }

  /** Bounds on extracting one item. */
  public ExtractionLimits extraction() {
    return extraction;
  }

  /** How opt-out signals are read (on by default; site policies from the scan's WARC files). */
  public OptOutSettings optOut() {
    return optOut;
  }

  /** Bounds for sources, spooling into {@code tempDir}. */
  public SourceLimits sourceLimits(Path tempDir) {
    return new SourceLimits(
        followLinks,
        Excludes.of(excludes),
        List.of(out.toAbsolutePath().normalize()),
        extraction.maxItemSize(),
        inMemoryLimit,
        maxArchiveDepth,
        maxArchiveEntries,
        maxArchiveBytes,
        maxCompressionRatio,
        tempDir);
  }

  // ---- personal data (issue 5)

  /** True when personal data is looked for (default; {@code --no-pii} turns it off). */
  public boolean pii() {
    return pii;
  }

  /**
   * The personal-data types looked for: those named by {@code --pii-types}, or all when the option
   * is not given (a list of categories only looks for no type).
   */
  public Set<PiiType> piiTypes() {
    Set<PiiType> types = EnumSet.noneOf(PiiType.class);
    for (String name : piiTypes) {
      PiiSelection.type(name).ifPresent(types::add);
    }
    return piiTypes.isEmpty() ? EnumSet.allOf(PiiType.class) : types;
  }

  /** The sensitive categories counted: those named by {@code --pii-types}, or all without it. */
  public Set<SensitiveCategory> piiCategories() {
    Set<SensitiveCategory> categories = EnumSet.noneOf(SensitiveCategory.class);
    for (String name : piiTypes) {
      PiiSelection.category(name).ifPresent(categories::add);
    }
    return piiTypes.isEmpty() ? EnumSet.allOf(SensitiveCategory.class) : categories;
  }

  /** The effective options, for {@code summary.json}. */
  public Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("threads", threads);
    m.put("excludes", excludes);
    m.put("followLinks", followLinks);
    m.put("index", index);
    m.put("storeText", storeText);
    m.put("indexMaxChars", indexSettings.maxChars());
    m.put("maxItemSize", extraction.maxItemSize());
    m.put("maxTextChars", extraction.maxChars());
    m.put("itemTimeoutMs", extraction.timeout().toMillis());
    m.put("maxEmbeddedDepth", extraction.maxEmbeddedDepth());
    m.put("maxEmbeddedCount", extraction.maxEmbeddedCount());
    m.put("maxArchiveDepth", maxArchiveDepth);
    m.put("maxArchiveEntries", maxArchiveEntries);
    m.put("maxArchiveBytes", maxArchiveBytes);
    m.put("maxCompressionRatio", maxCompressionRatio);
    m.put("policy", policy.origin());
    m.put("licenses", licenses);
    m.put("optOut", optOut.enabled());
    m.put("sitePolicies", optOut.sitePolicies() == null ? null : optOut.sitePolicies().toString());
    m.put("fetchSitePolicies", optOut.fetch());
    m.put("fetchIntervalMs", optOut.fetchInterval().toMillis());
    m.put("pii", pii);
    m.put("piiTypes", pii ? names(piiTypes(), piiCategories()) : List.of());
    return m;
  }

  private static List<String> names(Set<PiiType> types, Set<SensitiveCategory> categories) {
    List<String> names = new ArrayList<>();
    types.forEach(t -> names.add(t.name()));
    categories.forEach(c -> names.add(c.name()));
    return names;
  }

  /** Collects options; {@link #build()} validates them and names the first bad one. */
  public static final class Builder {
    private final List<Path> roots = new ArrayList<>();
    private Path out = Path.of("provscan-out");
    private int threads = Runtime.getRuntime().availableProcessors();
    private final List<String> excludes = new ArrayList<>();
    private boolean followLinks;
    private boolean index = true;
    private boolean storeText;
    private int commitEvery = CorpusIndex.DEFAULT_COMMIT_EVERY;
    private int indexMaxChars = CorpusIndex.DEFAULT_MAX_CHARS;
    private int maxChars = ExtractionLimits.DEFAULT_MAX_CHARS;
    private long maxItemSize = DEFAULT_MAX_ITEM_SIZE;
    private Duration itemTimeout = ExtractionLimits.DEFAULT_TIMEOUT;
    private int maxEmbeddedDepth = ExtractionLimits.DEFAULT_EMBEDDED_DEPTH;
    private int maxEmbeddedCount = ExtractionLimits.DEFAULT_EMBEDDED_COUNT;
    private int inMemoryLimit = DEFAULT_IN_MEMORY_LIMIT;
    private int maxArchiveDepth = DEFAULT_MAX_ARCHIVE_DEPTH;
    private int maxArchiveEntries = DEFAULT_MAX_ARCHIVE_ENTRIES;
    private long maxArchiveBytes = DEFAULT_MAX_ARCHIVE_BYTES;
    private int maxCompressionRatio = DEFAULT_MAX_COMPRESSION_RATIO;
    private Policy policy;
    private boolean optOut = OptOutSettings.DEFAULTS.enabled();
    private Path sitePolicies;
    private boolean fetchSitePolicies;
    private Duration fetchInterval = OptOutSettings.DEFAULTS.fetchInterval();
    private Duration fetchTimeout = OptOutSettings.DEFAULTS.fetchTimeout();

    private Builder() {}

    /** The policy to judge against (default: the bundled one). */
    public Builder policy(Policy p) {
      policy = p;
      return this;
    }

    private boolean licenses = true;

    /** Detect licences (default true). */
    public Builder licenses(boolean detect) {
      licenses = detect;
      return this;
    }

    // personal data (issue 5)
    private boolean pii = true;
    private final List<String> piiTypes = new ArrayList<>();

    /** Look for personal data (default true). */
    public Builder pii(boolean look) {
      pii = look;
      return this;
    }

    /** Restrict personal data to these types and sensitive categories (default: all). */
    public Builder piiTypes(List<String> names) {
      piiTypes.addAll(names);
      return this;
    }

    /** Adds folders or files to scan. */
    public Builder roots(List<Path> paths) {
      roots.addAll(paths);
      return this;
    }

    /** Adds one folder or file to scan. */
    public Builder root(Path path) {
      roots.add(path);
      return this;
    }

    /** The output folder (default {@code ./provscan-out}). */
    public Builder out(Path dir) {
      out = dir;
      return this;
    }

    /** Worker threads (default: available processors). */
    public Builder threads(int n) {
      threads = n;
      return this;
    }

    /** Adds exclusion globs. */
    public Builder excludes(List<String> globs) {
      excludes.addAll(globs);
      return this;
    }

    /** Follow symbolic links (default false). */
    public Builder followLinks(boolean follow) {
      followLinks = follow;
      return this;
    }

    /** Write the Lucene index (default true). */
    public Builder index(boolean write) {
      index = write;
      return this;
    }

    /** Store text in the index (default false). */
    public Builder storeText(boolean store) {
      storeText = store;
      return this;
    }

    /** Documents between index commits (default {@value CorpusIndex#DEFAULT_COMMIT_EVERY}). */
    public Builder commitEvery(int n) {
      commitEvery = n;
      return this;
    }

    /** Characters of each item's text indexed (default 1,000,000). */
    public Builder indexMaxChars(int n) {
      indexMaxChars = n;
      return this;
    }

    /** Characters of text kept per item. */
    public Builder maxChars(int n) {
      maxChars = n;
      return this;
    }

    /** Largest item extracted, bytes. */
    public Builder maxItemSize(long bytes) {
      maxItemSize = bytes;
      return this;
    }

    /** Time allowed per item. */
    public Builder itemTimeout(Duration timeout) {
      itemTimeout = timeout;
      return this;
    }

    /** Embedded-document limits. */
    public Builder embedded(int depth, int count) {
      maxEmbeddedDepth = depth;
      maxEmbeddedCount = count;
      return this;
    }

    /** Archive members held in memory up to this size, bytes. */
    public Builder inMemoryLimit(int bytes) {
      inMemoryLimit = bytes;
      return this;
    }

    /** Archive limits: depth, members and bytes per top-level tree, compression ratio. */
    public Builder archives(int depth, int entries, long bytes, int ratio) {
      maxArchiveDepth = depth;
      maxArchiveEntries = entries;
      maxArchiveBytes = bytes;
      maxCompressionRatio = ratio;
      return this;
    }

    /** Read opt-out signals (default true); false leaves the stage out entirely. */
    public Builder optOut(boolean read) {
      optOut = read;
      return this;
    }

    /** A folder of saved site policies: {@code <host>/robots.txt}, … (default none). */
    public Builder sitePolicies(Path dir) {
      sitePolicies = dir;
      return this;
    }

    /** Fetch site policies live (default false: no network). */
    public Builder fetchSitePolicies(boolean fetch) {
      fetchSitePolicies = fetch;
      return this;
    }

    /** Least time between two requests to one host when fetching, and the time limit of each. */
    public Builder fetchPacing(Duration interval, Duration timeout) {
      fetchInterval = interval;
      fetchTimeout = timeout;
      return this;
    }

    /**
     * Validates and freezes the options.
     *
     * @throws IllegalArgumentException naming the first bad value and its bound
     */
    public ScanOptions build() {
      if (roots.isEmpty()) {
        throw new IllegalArgumentException("no path to scan");
      }
      List<Path> absolute = new ArrayList<>();
      for (Path root : roots) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          throw new IllegalArgumentException("scan path '" + root + "' does not exist");
        }
        absolute.add(root.toAbsolutePath().normalize());
      }
      roots.clear();
      roots.addAll(absolute);
      range("--threads", threads, 1, MAX_THREADS);
      range("--max-archive-depth", maxArchiveDepth, 0, 64);
      range("--max-archive-entries", maxArchiveEntries, 1, Integer.MAX_VALUE);
      range("--max-compression-ratio", maxCompressionRatio, 2, 100_000);
      range("--commit-every", commitEvery, 1, Integer.MAX_VALUE);
      range("--index-max-chars", indexMaxChars, 1, Integer.MAX_VALUE);
      range("--in-memory-limit", inMemoryLimit, 64 * 1024, 1 << 30);
      if (maxItemSize < 1) {
        throw new IllegalArgumentException(
            "--max-item-size must be at least 1 byte, got " + maxItemSize);
      }
      if (maxArchiveBytes < 1) {
        throw new IllegalArgumentException("--max-archive-bytes must be positive");
      }
      if (itemTimeout.compareTo(Duration.ofMillis(10)) < 0
          || itemTimeout.compareTo(Duration.ofHours(24)) > 0) {
        throw new IllegalArgumentException(
            "--item-timeout must be between 10ms and 24h, got " + itemTimeout);
      }
      range("--max-text", maxChars, 1, Integer.MAX_VALUE - 8);
      Excludes.of(excludes); // fails on a malformed glob, naming it
      validateOptOut();
      PiiSelection.validate(piiTypes); // fails on an unknown type, naming it
      return new ScanOptions(this);
    }

    private void validateOptOut() {
      new OptOutSettings(optOut, sitePolicies, fetchSitePolicies, fetchInterval, fetchTimeout)
          .validated();
    }

    private static void range(String option, long value, long min, long max) {
      if (value < min || value > max) {
        throw new IllegalArgumentException(
            option + " must be between " + min + " and " + max + ", got " + value);
      }
    }
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
