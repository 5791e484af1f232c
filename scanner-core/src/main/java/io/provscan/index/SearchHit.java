package io.provscan.index;

/**
 * One search result.
 *
 * @param path the item's path
 * @param root its scan root
 * @param url its URL, or null
 * @param mediaType its media type, or null
 * @param status ok, failed or skipped
 * @param score Lucene's relevance score
 * @param copies other items of the scan with the same content (same SHA-256)
 * @param snippet a passage with matches between {@link #MARK_START} and {@link #MARK_END}, or null
 *     when the text is neither stored nor readable any more
 */
public record SearchHit(
    String path,
    String root,
    String url,
    String mediaType,
    String status,
    float score,
    int copies,
    String snippet) {
  /** Marks the start of a match in {@link #snippet()}. */
  public static final char MARK_START = '\u0001';

  /** Marks the end of a match in {@link #snippet()}. */
  public static final char MARK_END = '\u0002';
}
