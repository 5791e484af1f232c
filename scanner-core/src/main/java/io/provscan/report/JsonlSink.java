package io.provscan.report;

import io.provscan.internal.Json;
import io.provscan.record.ItemRecord;
import io.provscan.record.RecordSink;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Streams records to {@code items.jsonl}, one JSON object per line, in the order items finish.
 * Serialisation happens on the calling worker; only the append is serialised. Lines are flushed at
 * least every {@value #FLUSH_EVERY} records, so a watcher sees them arrive.
 */
public final class JsonlSink implements RecordSink {
  /** Records between flushes: {@value}. */
  static final int FLUSH_EVERY = 64;

  private final Writer out;
  private final ReentrantLock lock = new ReentrantLock();
  private int unflushed;

  /** Creates (or replaces) {@code file}. */
  public JsonlSink(Path file) throws IOException {
    // OutputStreamWriter replaces unpaired surrogates instead of failing on them.
    this.out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
  }

  @Override
  public void accept(ItemRecord record, String text) throws IOException {
    String line = Json.mapper().writeValueAsString(record);
    lock.lock();
    try {
      out.write(line);
      out.write('\n');
      if (++unflushed >= FLUSH_EVERY) {
        out.flush();
        unflushed = 0;
      }
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() throws IOException {
    lock.lock();
    try {
      out.close();
    } finally {
      lock.unlock();
    }
  }
}
