package io.provscan.media;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;

/**
 * Positioned reads from a file or an in-memory copy, each bounded: a length read from the file is
 * checked against what is left before anything is allocated, so a hostile length fails at once. The
 * file's first {@link #WINDOW} bytes are read once, in one call, and reads that fall inside them
 * are served from memory: the metadata of a photo sits there, so walking its segments costs one
 * read instead of three per segment. Used by one thread.
 */
final class Bytes {
  /** Bytes read at once from the start of the file: {@value}. */
  static final int WINDOW = 64 << 10;

  private final SeekableByteChannel channel;
  private final long size;
  private final ByteBuffer small = ByteBuffer.allocate(16);
  private final ByteBuffer window;

  Bytes(SeekableByteChannel channel) throws IOException {
    this.channel = channel;
    this.size = channel.size();
    this.window = ByteBuffer.allocate((int) Math.min(size, WINDOW));
    channel.position(0);
    while (window.hasRemaining() && channel.read(window) >= 0) {
      // a short read is followed by another until the window is full or the file ends
    }
    window.flip();
  }

  long size() {
    return size;
  }

  /** The whole content as a stream from its start (closing it closes the channel). */
  InputStream stream() throws IOException {
    channel.position(0);
    return Channels.newInputStream(channel);
  }

  long left(long at) {
    return Math.max(0, size - at);
  }

  /**
   * {@code n} bytes at {@code at}; fails if the file is shorter or {@code n} exceeds {@code cap}.
   */
  byte[] read(long at, long n, int cap) throws IOException {
    if (n < 0 || n > cap) {
      throw new MalformedException(n + " bytes declared, at most " + cap + " read");
    }
    if (at < 0 || n > left(at)) {
      throw new MalformedException("truncated: " + n + " bytes declared at offset " + at);
    }
    ByteBuffer b = ByteBuffer.allocate((int) n);
    fill(at, b);
    return b.array();
  }

  /** Up to {@code n} bytes at {@code at}, fewer at the end of the file. */
  byte[] head(long at, int n) throws IOException {
    return read(at, Math.min(n, left(at)), n);
  }

  int u8(long at) throws IOException {
    return fixed(at, 1, ByteOrder.BIG_ENDIAN).get() & 0xff;
  }

  int u16(long at, ByteOrder order) throws IOException {
    return fixed(at, 2, order).getShort() & 0xffff;
  }

  long u32(long at, ByteOrder order) throws IOException {
    return fixed(at, 4, order).getInt() & 0xffffffffL;
  }

  long u64(long at, ByteOrder order) throws IOException {
    return fixed(at, 8, order).getLong();
  }

  private ByteBuffer fixed(long at, int n, ByteOrder order) throws IOException {
    if (at < 0 || n > left(at)) {
      throw new MalformedException("truncated at offset " + at);
    }
    small.clear().limit(n);
    fill(at, small);
    return small.flip().order(order);
  }

  private void fill(long at, ByteBuffer b) throws IOException {
    if (at + b.remaining() <= window.limit()) {
      b.put(window.slice((int) at, b.remaining()));
      return;
    }
    channel.position(at);
    while (b.hasRemaining()) {
      if (channel.read(b) < 0) {
        throw new EOFException("end of file at offset " + channel.position());
      }
    }
  }

  /** A structure the file declares does not fit or breaks a bound. */
  static final class MalformedException extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedException(String message) {
      super(message);
    }
  }
}
