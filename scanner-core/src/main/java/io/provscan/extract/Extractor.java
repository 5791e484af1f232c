package io.provscan.extract;

import io.provscan.source.Item;

/**
 * Turns an item's bytes into text and metadata. Implementations are thread-safe and never throw for
 * bad content: a broken item is an {@link Extracted} with an error.
 */
public interface Extractor {
  /**
   * Extracts one item, stopping at {@code deadline}.
   *
   * @param item an item with content (not a preset one)
   */
  Extracted extract(Item item, Deadline deadline);
}
