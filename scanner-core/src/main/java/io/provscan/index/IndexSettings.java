package io.provscan.index;

import io.provscan.internal.OptionBounds;

/**
 * Whether and how a scan writes its Lucene index, as the user gave it.
 *
 * @param enabled write the index ({@code --no-index} turns it off)
 * @param storeText store the extracted text too ({@code --store-text}; for snippets without the
 *     corpus)
 * @param commitEvery documents between commits
 * @param maxChars characters of each item's text indexed ({@code --index-max-chars})
 */
public record IndexSettings(boolean enabled, boolean storeText, int commitEvery, int maxChars) {

  /**
   * The defaults: an index without stored text, committed every {@link
   * CorpusIndex#DEFAULT_COMMIT_EVERY} documents, {@link CorpusIndex#DEFAULT_MAX_CHARS} characters
   * of text per item.
   */
  public static final IndexSettings DEFAULTS =
      new IndexSettings(
          true, false, CorpusIndex.DEFAULT_COMMIT_EVERY, CorpusIndex.DEFAULT_MAX_CHARS);

  /**
   * These settings, checked as a user gave them.
   *
   * @throws IllegalArgumentException naming the option, its bounds and the bad value
   */
  public IndexSettings validated() {
    OptionBounds.range("--commit-every", commitEvery, 1, Integer.MAX_VALUE);
    OptionBounds.range("--index-max-chars", maxChars, 1, Integer.MAX_VALUE);
    return this;
  }

  /** How the {@link CorpusIndex} is written. */
  public CorpusIndex.Settings corpus() {
    return new CorpusIndex.Settings(storeText, commitEvery, maxChars);
  }
}
