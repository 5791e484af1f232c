package io.provscan.source;

import io.provscan.internal.Sizes;
import java.nio.file.Path;
import java.util.List;

/**
 * The bounds a source works within. Archive limits are counted per top-level archive tree, so a
 * nested bomb pays one budget however deep it goes.
 *
 * @param followLinks follow symbolic links (loops are detected and reported)
 * @param excludes globs of paths not to scan
 * @param excludedDirs folders never walked (the scan's own output folder)
 * @param maxItemSize items larger than this are hashed, not extracted
 * @param inMemoryLimit archive members up to this size are held in memory, larger ones spooled
 * @param maxArchiveDepth deepest archive nesting expanded (1 = archives in the scan, not inside)
 * @param maxArchiveEntries most members expanded from one top-level archive tree
 * @param maxArchiveBytes most decompressed bytes read from one top-level archive tree
 * @param maxCompressionRatio largest decompressed/compressed ratio accepted, checked once a member
 *     passes {@link #RATIO_GRACE_BYTES}
 * @param tempDir where large members are spooled
 */
public record SourceLimits(
    boolean followLinks,
    Excludes excludes,
    List<Path> excludedDirs,
    long maxItemSize,
    int inMemoryLimit,
    int maxArchiveDepth,
    int maxArchiveEntries,
    long maxArchiveBytes,
    int maxCompressionRatio,
    Path tempDir) {

  /** Bytes a member may decompress to before its compression ratio is checked: {@value}. */
  public static final long RATIO_GRACE_BYTES = 4L << 20;

  /** Copies the lists. */
  public SourceLimits {
    excludedDirs = List.copyOf(excludedDirs);
  }

  /** A one-line description for error messages. */
  String describeRatio() {
    return maxCompressionRatio + ":1 after " + Sizes.format(RATIO_GRACE_BYTES);
  }
}
