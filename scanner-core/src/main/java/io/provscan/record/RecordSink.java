package io.provscan.record;

import java.io.Closeable;
import java.io.IOException;

/**
 * Consumes finished records as they come. Implementations are thread-safe: every worker calls
 * {@link #accept} directly.
 */
public interface RecordSink extends Closeable {
  /**
   * Takes one finished item.
   *
   * @param record the record
   * @param text the extracted text (for the index); never written to the report
   */
  void accept(ItemRecord record, String text) throws IOException;

  /**
   * Takes a previous scan's record that stands as it was stored (an incremental rescan's reused
   * item, judged again to the same verdict), with its line of {@code items.jsonl}. A sink that
   * writes lines copies {@code line} as it is instead of serialising the record again: the line is
   * what the scan that made the record wrote. By default, the same as {@link #accept} without text.
   *
   * @param record the record, as {@code line} reads (equal to what a reader of the file gets)
   * @param line the stored line, UTF-8, without its line end
   */
  default void acceptStored(ItemRecord record, byte[] line) throws IOException {
    accept(record, "");
  }
}
