package io.provscan.scan;

import io.provscan.internal.NamedThreadFactory;
import io.provscan.record.ItemRecord;
import io.provscan.report.ScanOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Reads the complete lines of an {@code items.jsonl} as bytes with their records, keeping count of
 * where the last complete one ends (a killed scan's file may end in a cut line).
 *
 * <p>Parsing the records is most of what reading a previous scan costs (a rescan with nothing
 * changed spent most of its time there, on one thread), so batches of lines are parsed on a few
 * threads while the visitor sees them one at a time, in file order, on the calling thread. At most
 * {@link #AHEAD} batches wait, so memory stays bounded however long the file.
 */
final class JsonlLines {
  /** Lines in one batch at most: {@value}. */
  static final int BATCH_LINES = 128;

  /** Bytes in one batch at most, so that huge lines make small batches: {@value}. */
  static final int BATCH_BYTES = 1 << 20;

  /** Batches parsed ahead of the visitor at most: {@value}. */
  static final int AHEAD = 8;

  /** Lines the visitor did not keep. */
  long dropped;

  interface Visitor {
    /** Sees one complete line and its record (null when not one); true to keep it. */
    boolean visit(byte[] line, ItemRecord record) throws IOException;
  }

  /** Returns the offset just after the last complete line. */
  long read(Path file, Visitor visitor) throws IOException {
    ExecutorService parsers = parsers();
    try {
      return read(file, visitor, parsers);
    } finally {
      parsers.shutdownNow();
    }
  }

  private long read(Path file, Visitor visitor, ExecutorService parsers) throws IOException {
    long offset = 0;
    long end = 0;
    Deque<Future<Batch>> pending = new ArrayDeque<>();
    Batch batch = new Batch();
    ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) != -1; ) {
        int from = 0;
        for (int i = 0; i < n; i++) {
          if (buffer[i] != '\n') {
            continue;
          }
          line.write(buffer, from, i - from);
          from = i + 1;
          end = offset + from;
          if (line.size() > 0) {
            batch.add(line.toByteArray());
          }
          line.reset();
          if (batch.full()) {
            pending.add(parsers.submit(batch::parse));
            batch = new Batch();
            while (pending.size() > AHEAD) {
              visit(next(pending), visitor);
            }
          }
        }
        line.write(buffer, from, n - from);
        offset += n;
      }
    }
    pending.add(parsers.submit(batch::parse));
    while (!pending.isEmpty()) {
      visit(next(pending), visitor);
    }
    return end;
  }

  private void visit(Batch batch, Visitor visitor) throws IOException {
    for (int i = 0; i < batch.lines.size(); i++) {
      if (!visitor.visit(batch.lines.get(i), batch.records[i])) {
        dropped++;
      }
    }
  }

  private static Batch next(Deque<Future<Batch>> pending) throws IOException {
    try {
      return pending.poll().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading items.jsonl", e);
    } catch (ExecutionException e) {
      // parseLine returns null for what is not a record; only an error (out of memory) gets here
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new UncheckedIOException(new IOException("items.jsonl could not be parsed", e));
    }
  }

  /** As many parser threads as cores, at most 4: bounded, named, gone when the read is. */
  private static ExecutorService parsers() {
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    return new ThreadPoolExecutor(
        threads,
        threads,
        0,
        TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(),
        new NamedThreadFactory("provscan-jsonl-parser"));
  }

  /** Lines read together, and once parsed, their records. */
  private static final class Batch {
    private final List<byte[]> lines = new ArrayList<>();
    private long bytes;
    private ItemRecord[] records;

    void add(byte[] line) {
      lines.add(line);
      bytes += line.length;
    }

    boolean full() {
      return lines.size() >= BATCH_LINES || bytes >= BATCH_BYTES;
    }

    Batch parse() {
      records = new ItemRecord[lines.size()];
      for (int i = 0; i < records.length; i++) {
        records[i] = ScanOutput.parseLine(lines.get(i));
      }
      return this;
    }
  }
}
