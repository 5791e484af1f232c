package io.provscan.modelfile;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads from the start of a model file (little-endian unless told otherwise), counting every byte
 * against a cap, so a header that claims more than the cap allows stops the read however it is
 * built. Used by one thread.
 */
final class HeaderInput {
  private final InputStream in;
  private final long cap;
  private final ByteBuffer eight = ByteBuffer.allocate(8);
  private ByteOrder order = ByteOrder.LITTLE_ENDIAN;
  private long read;

  HeaderInput(InputStream in, long cap) {
    this.in = in;
    this.cap = cap;
  }

  void order(ByteOrder order) {
    this.order = order;
  }

  ByteOrder order() {
    return order;
  }

  long position() {
    return read;
  }

  byte[] bytes(long n) throws IOException {
    if (n < 0 || n > cap - read) {
      throw new ModelFileException(
          "header wants " + n + " more bytes after " + read + "; the cap is " + cap);
    }
    byte[] b = in.readNBytes((int) n);
    read += b.length;
    if (b.length < n) {
      throw new EOFException("truncated header at byte " + read);
    }
    return b;
  }

  void skip(long n) throws IOException {
    if (n < 0 || n > cap - read) {
      throw new ModelFileException("header wants to skip " + n + " bytes after " + read);
    }
    long left = n;
    while (left > 0) {
      long s = in.skip(left);
      if (s <= 0) {
        if (in.read() < 0) {
          throw new EOFException("truncated header at byte " + (read + n - left));
        }
        s = 1;
      }
      left -= s;
    }
    read += n;
  }

  long u64() throws IOException {
    return number(8).getLong();
  }

  long u32() throws IOException {
    return number(4).getInt() & 0xffffffffL;
  }

  private ByteBuffer number(int n) throws IOException {
    eight.clear();
    eight.put(bytes(n)).flip();
    return eight.order(order);
  }

  String string(long n, int keep) throws IOException {
    if (n <= keep) {
      return new String(bytes(n), StandardCharsets.UTF_8);
    }
    String s = new String(bytes(keep), StandardCharsets.UTF_8);
    skip(n - keep);
    return s + "…";
  }

  /** A header that breaks its format or a bound. */
  static final class ModelFileException extends IOException {
    private static final long serialVersionUID = 1L;

    ModelFileException(String message) {
      super(message);
    }
  }
}
