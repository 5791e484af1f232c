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
 * The output folder's lock: an OS file lock on {@value #FILE}, held for the whole scan. The
 * operating system releases such a lock when its process ends however it ends ({@code kill -9}, a
 * crash, the OOM killer), so a dead scan never blocks the next one, and no stale-lock guessing by
 * process id or age is needed. The file itself stays (deleting it would let two processes lock two
 * different files of one name); it holds the last holder's process id, for the message.
 */
final class OutputLock implements Closeable {
  /** The lock file in the output folder. */
  static final String FILE = ".provscan.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code out}, which must exist.
   *
   * @throws OutputInUseException when a live scan (of this or another process) holds it
   */
  static OutputLock acquire(Path out) throws IOException {
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
      String holder = holder(file);
      channel.close();
      throw new OutputInUseException(out, holder);
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
