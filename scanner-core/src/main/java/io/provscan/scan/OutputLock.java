package io.provscan.scan;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The output folder's lock: an OS file lock on {@value #FILE}, held for the whole scan (and, in an
 * export's folder, for the whole export; around its few writes into the scan's folder too). The
 * operating system releases such a lock when its process ends however it ends ({@code kill -9}, a
 * crash, the OOM killer), so a dead scan never blocks the next one, and no stale-lock guessing by
 * process id or age is needed. The file itself stays (deleting it would let two processes lock two
 * different files of one name); it holds the last holder's process id, for the message.
 */
public final class OutputLock implements Closeable {
  /** The lock file in the output folder. */
  public static final String FILE = ".provscan.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** How often {@link #acquireWaiting} tries again: {@value} ms. */
  static final long RETRY_MILLIS = 100;

  /**
   * Takes the lock of a scan's output folder {@code out}, which must exist.
   *
   * @throws OutputInUseException when a live scan (of this or another process) holds it
   */
  public static OutputLock acquire(Path out) throws IOException {
    return acquire(out, "scan", "--out");
  }

  /**
   * Takes the lock of {@code dir}, which must exist.
   *
   * @param writer what takes it, for the message when another holds it ({@code scan}, {@code
   *     export})
   * @param option the option that chooses the folder, for the message ({@code --out}, {@code --to})
   * @throws OutputInUseException when a live holder (of this or another process) has it
   */
  public static OutputLock acquire(Path dir, String writer, String option) throws IOException {
    OutputLock lock = tryAcquire(dir);
    if (lock == null) {
      throw new OutputInUseException(dir, holder(dir.resolve(FILE)), writer, option);
    }
    return lock;
  }

  /**
   * Takes the lock of {@code dir}, waiting up to {@code waitMillis} for another holder to let go:
   * for short writes (an export's record in the scan's folder) that another short write may delay.
   *
   * @throws OutputInUseException when it is still held after the wait
   */
  public static OutputLock acquireWaiting(Path dir, String writer, String option, long waitMillis)
      throws IOException {
    long end = System.nanoTime() + waitMillis * 1_000_000;
    while (true) {
      OutputLock lock = tryAcquire(dir);
      if (lock != null) {
        return lock;
      }
      if (System.nanoTime() >= end) {
        throw new OutputInUseException(dir, holder(dir.resolve(FILE)), writer, option);
      }
      try {
        Thread.sleep(RETRY_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new OutputInUseException(dir, holder(dir.resolve(FILE)), writer, option);
      }
    }
  }

  /** The lock, or null when another holds it. */
  private static OutputLock tryAcquire(Path out) throws IOException {
    Path file = out.resolve(FILE);
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by another scan of this JVM
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      return null;
    }
    channel.truncate(0);
    channel.write(
        ByteBuffer.wrap(
            (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
    return new OutputLock(channel, lock);
  }

  private static String holder(Path file) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII).trim();
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() throws IOException {
    try (channel) {
      lock.release();
    }
  }
}
