package io.provscan.detect.optout;

import io.provscan.detect.DetectorInput;

/**
 * Reads one page-level opt-out signal from an item's own HTTP headers or metadata (as Tika reports
 * it) into the item's evidence. Stateless and thread-safe; never throws on what the item says.
 * Registered in {@link PageSignalReaders}: a new signal is its reader, its test and its fixture,
 * plus one line there.
 */
@FunctionalInterface
interface PageSignalReader {
  /**
   * Adds the signals (or TDMRep statements) this reader finds in one item.
   *
   * @param item the item: URL, HTTP headers (null when not known), metadata
   * @param found where the item's evidence is gathered
   */
  void read(DetectorInput item, ItemEvidence found);
}
