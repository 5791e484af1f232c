package io.provscan.report;

import io.provscan.internal.Json;
import io.provscan.internal.NamedThreadFactory;
import io.provscan.record.ItemRecord;
import io.provscan.record.RecordSink;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Streams records to {@code items.jsonl}, one compact JSON object per line (null fields left out),
 * in the order items finish. Workers serialise their own records and hand the bytes to one writer
 * thread, so no worker waits on another's write or on the disk, unless the disk falls {@value
 * #QUEUED_LINES} lines behind (then the scan slows to the disk's pace instead of filling memory).
 * The writer flushes whenever it has caught up, so a watcher sees lines arrive. A write error ends
 * the writer and is thrown from the next {@link #accept} and from {@link #close}.
 *
 * <p>A {@link Follower} sees each line's record on the writer thread, in file order, as a reader of
 * the finished file would: the reports are rendered while the scan goes on instead of from a second
 * read of the file at its end.
 */
public final class JsonlSink implements RecordSink {
  /** Lines waiting for the writer at most: {@value}. */
  static final int QUEUED_LINES = 4096;

  /** How long a hand-over waits before it looks again whether the writer failed: {@value} ms. */
  private static final long WAIT_MS = 100;

  private static final Queued END = new Queued(new byte[0], null);

  private final BlockingQueue<Queued> queue = new ArrayBlockingQueue<>(QUEUED_LINES);
  private final Thread writer;
  private final Follower follower;
  private volatile IOException failure;
  private boolean closed;

  /** Creates (or replaces) {@code file}. */
  public JsonlSink(Path file) throws IOException {
    this(file, false);
  }

  /**
   * Creates (or replaces) {@code file}, or with {@code append} adds to its end (a resumed scan,
   * whose file ends in a complete line).
   */
  public JsonlSink(Path file, boolean append) throws IOException {
    this(file, append, null);
  }

  /**
   * Such a sink whose lines {@code follower} sees as they are written.
   *
   * @param follower null for none
   */
  public JsonlSink(Path file, boolean append, Follower follower) throws IOException {
    this(
        new BufferedOutputStream(
            append
                ? Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                : Files.newOutputStream(file),
            1 << 16),
        follower);
  }

  /** Writes to {@code out}, which the sink closes. */
  JsonlSink(OutputStream out) {
    this(out, null);
  }

  private JsonlSink(OutputStream out, Follower follower) {
    this.follower = follower;
    this.writer = new NamedThreadFactory("provscan-items-writer").newThread(() -> drain(out));
    writer.start();
  }

  /** Sees every line written, in file order, on the writer thread. */
  @FunctionalInterface
  public interface Follower {
    /**
     * One line, read back.
     *
     * @param record what {@link ScanOutput#parseLine} makes of the line, or null when that is
     *     nothing (never for a line serialised from a record)
     */
    void line(ItemRecord record);
  }

  @Override
  public void accept(ItemRecord record, String text) throws IOException {
    // Through a String: encoding it replaces an unpaired surrogate instead of failing on it.
    String json = Json.compact().writeValueAsString(record);
    byte[] line = (json + "\n").getBytes(StandardCharsets.UTF_8);
    // The follower gets the line as read back, not the record: the same as a later read gives.
    enqueue(new Queued(line, follower == null ? null : ScanOutput.parseLine(json)));
  }

  /** Copies the stored line as it is; {@code record} is what it reads as. */
  @Override
  public void acceptStored(ItemRecord record, byte[] line) throws IOException {
    byte[] bytes = Arrays.copyOf(line, line.length + 1);
    bytes[line.length] = '\n';
    enqueue(new Queued(bytes, record));
  }

  private void enqueue(Queued line) throws IOException {
    try {
      do {
        throwIfFailed();
      } while (!queue.offer(line, WAIT_MS, TimeUnit.MILLISECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while queueing a record for items.jsonl", e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      while (writer.isAlive() && !queue.offer(END, WAIT_MS, TimeUnit.MILLISECONDS)) {
        // the writer is catching up, or has failed and is about to end
      }
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while finishing items.jsonl", e);
    }
    throwIfFailed();
  }

  private void throwIfFailed() throws IOException {
    IOException e = failure;
    if (e != null) {
      throw new IOException("items.jsonl could not be written: " + e.getMessage(), e);
    }
  }

  /** The writer thread: lines in, bytes out, a flush whenever the queue runs dry. */
  private void drain(OutputStream file) {
    try (OutputStream out = file) {
      copy(out);
    } catch (IOException e) {
      failure = e;
    } catch (RuntimeException e) {
      failure = new IOException("a reader of items.jsonl failed: " + e, e);
    } catch (InterruptedException e) {
      failure = new IOException("the items.jsonl writer was interrupted", e);
    }
  }

  private void copy(OutputStream out) throws IOException, InterruptedException {
    List<Queued> batch = new ArrayList<>();
    while (true) {
      batch.add(queue.take());
      queue.drainTo(batch);
      for (Queued line : batch) {
        if (line == END) {
          return;
        }
        out.write(line.bytes);
        if (follower != null) {
          follower.line(line.record);
        }
      }
      batch.clear();
      if (queue.isEmpty()) {
        out.flush();
      }
    }
  }

  /** A line's bytes (with its end) and, for a follower, its record. */
  private record Queued(byte[] bytes, ItemRecord record) {}
}
