package io.provscan.source;

import io.provscan.internal.OptionBounds;
import java.nio.file.Path;
import java.util.List;

/**
 * How a scan walks its roots and expands archives, as the user gave it; {@link #limits} turns it
 * into the {@link SourceLimits} a walker works within.
 *
 * @param excludes globs of paths not to scan ({@code --exclude})
 * @param followLinks follow symbolic links ({@code --follow-links})
 * @param inMemoryLimit archive members up to this size (bytes) are held in memory, larger ones
 *     spooled to a temp file
 * @param maxArchiveDepth deepest archive nesting expanded ({@code --max-archive-depth})
 * @param maxArchiveEntries most members per top-level archive tree ({@code --max-archive-entries})
 * @param maxArchiveBytes most bytes decompressed per top-level archive tree ({@code
 *     --max-archive-bytes})
 * @param maxCompressionRatio largest compression ratio accepted from archives ({@code
 *     --max-compression-ratio})
 * @param columns column names the user gives for record files ({@code --text-column}, …)
 */
public record SourceSettings(
    List<String> excludes,
    boolean followLinks,
    int inMemoryLimit,
    int maxArchiveDepth,
    int maxArchiveEntries,
    long maxArchiveBytes,
    int maxCompressionRatio,
    RecordColumns columns) {

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

  /** The defaults: nothing excluded, links not followed, the archive limits above. */
  public static final SourceSettings DEFAULTS =
      new SourceSettings(
          List.of(),
          false,
          DEFAULT_IN_MEMORY_LIMIT,
          DEFAULT_MAX_ARCHIVE_DEPTH,
          DEFAULT_MAX_ARCHIVE_ENTRIES,
          DEFAULT_MAX_ARCHIVE_BYTES,
          DEFAULT_MAX_COMPRESSION_RATIO,
          RecordColumns.BUILT_IN);

  /** Copies the globs; no column names given means the built-in ones. */
  public SourceSettings {
    excludes = List.copyOf(excludes);
    columns = columns == null ? RecordColumns.BUILT_IN : columns;
  }

  /**
   * These settings, checked as a user gave them. The bounds keep a typo from disabling a guard: a
   * nesting deeper than 64 is no corpus, a ratio under 2 flags plain text as a bomb.
   *
   * @throws IllegalArgumentException naming the option, its bounds and the bad value, or the
   *     malformed glob
   */
  public SourceSettings validated() {
    OptionBounds.range("--max-archive-depth", maxArchiveDepth, 0, 64);
    OptionBounds.range("--max-archive-entries", maxArchiveEntries, 1, Integer.MAX_VALUE);
    OptionBounds.range("--max-compression-ratio", maxCompressionRatio, 2, 100_000);
    OptionBounds.range("--in-memory-limit", inMemoryLimit, 64 * 1024, 1 << 30);
    if (maxArchiveBytes < 1) {
      throw new IllegalArgumentException("--max-archive-bytes must be positive");
    }
    Excludes.of(excludes);
    return this;
  }

  /**
   * The limits a walker works within.
   *
   * @param maxItemSize items larger than this (bytes) are hashed, not extracted
   * @param excludedDirs folders never walked (the scan's own output folder)
   * @param tempDir where large archive members are spooled
   */
  public SourceLimits limits(long maxItemSize, List<Path> excludedDirs, Path tempDir) {
    return new SourceLimits(
        followLinks,
        Excludes.of(excludes),
        excludedDirs,
        maxItemSize,
        inMemoryLimit,
        maxArchiveDepth,
        maxArchiveEntries,
        maxArchiveBytes,
        maxCompressionRatio,
        tempDir);
  }
}
