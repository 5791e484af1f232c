package io.provscan.source;

import io.provscan.internal.Sizes;

/**
 * What one top-level archive tree may cost: members expanded and bytes decompressed, shared by
 * every nesting level so that a nested bomb (42.zip) pays one budget. Used by the producer thread
 * only.
 */
final class TreeBudget {
  private final SourceLimits limits;
  private int entries;
  private long bytes;

  TreeBudget(SourceLimits limits) {
    this.limits = limits;
  }

  /** Counts one more member; false once the tree's entry budget is spent. */
  boolean takeEntry() {
    return ++entries <= limits.maxArchiveEntries();
  }

  /** The message for an exhausted entry budget. */
  String entriesMessage() {
    return "archive tree has more than "
        + limits.maxArchiveEntries()
        + " members (--max-archive-entries); the rest were not read";
  }

  /** True once the byte budget is spent: nothing more of this tree may be read. */
  boolean exhausted() {
    return bytes > limits.maxArchiveBytes();
  }

  void addBytes(long n) throws LimitException {
    bytes += n;
    if (bytes > limits.maxArchiveBytes()) {
      throw new LimitException(
          ErrorKind.LIMIT,
          "archive tree decompresses to more than "
              + Sizes.format(limits.maxArchiveBytes())
              + " (--max-archive-bytes)");
    }
  }
}
