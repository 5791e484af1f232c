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
}
