package io.provscan.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/** The three kinds of {@link ItemContent}. */
public final class Contents {
  private Contents() {}

  /** A file on disk, read in place. */
  public static ItemContent file(Path file, long size) {
    return new OnDisk(file, size, null, false);
  }

  /** A buffer, typically a small archive member. */
  public static ItemContent bytes(byte[] bytes, int length, String sha256) {
    return new InMemory(bytes, length, sha256);
  }

  /** A temporary spool file, deleted on {@link ItemContent#release()}. */
  static ItemContent spooled(Path file, long size, String sha256) {
    return new OnDisk(file, size, sha256, true);
  }

  private record InMemory(byte[] bytes, int length, String sha256) implements ItemContent {
    @Override
    public long size() {
      return length;
    }

    @Override
    public InputStream open() {
      return new ByteArrayInputStream(bytes, 0, length);
    }

    @Override
    public SeekableByteChannel openChannel() {
      return new SeekableInMemoryByteChannel(
          length == bytes.length ? bytes : Arrays.copyOf(bytes, length));
    }

    @Override
    public Optional<Path> file() {
      return Optional.empty();
    }

    @Override
    public Optional<String> knownSha256() {
      return Optional.ofNullable(sha256);
    }

    @Override
    public void release() {}
  }

  private record OnDisk(Path path, long size, String sha256, boolean temporary)
      implements ItemContent {
    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(path);
    }

    @Override
    public SeekableByteChannel openChannel() throws IOException {
      return FileChannel.open(path, StandardOpenOption.READ);
    }

    @Override
    public Optional<Path> file() {
      return Optional.of(path);
    }

    @Override
    public Optional<String> knownSha256() {
      return Optional.ofNullable(sha256);
    }

    @Override
    public void release() {
      if (temporary) {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          // The scan's temporary folder is removed at the end anyway.
        }
      }
    }
  }
}
