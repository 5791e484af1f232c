package io.provscan.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines of bytes from a stream without holding more than one line: a line longer than the
 * limit is skipped to its end and reported as too long, so a file with a 5 GB line costs no memory.
 * Lines end at {@code \n}; a {@code \r} before it is dropped. Not thread-safe.
 */
final class LineReader {
  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final int max;
  private final byte[] chunk = new byte[CHUNK];
  private int pos;
  private int end;
  private boolean eof;

  LineReader(InputStream in, int max) {
    this.in = in;
    this.max = max;
  }

  /**
   * One line.
   *
   * @param bytes the line's bytes (valid up to {@code length}); empty when too long
   * @param length bytes in the line
   * @param tooLong true when the line was longer than the limit and skipped
   */
  record Line(byte[] bytes, int length, boolean tooLong) {
    boolean isBlank() {
      for (int i = 0; i < length; i++) {
        if (!Character.isWhitespace(bytes[i])) {
          return false;
        }
      }
      return true;
    }
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    byte[] line = new byte[256];
    int length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == end && !fill()) {
        break;
      }
      any = true;
      int start = pos;
      while (pos < end && chunk[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      if (!tooLong && length + n > max) {
        tooLong = true;
        line = new byte[0];
        length = 0;
      }
      if (!tooLong) {
        if (length + n > line.length) {
          line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
        }
        System.arraycopy(chunk, start, line, length, n);
        length += n;
      }
      if (pos < end) {
        pos++; // the newline
        break;
      }
    }
    if (!any) {
      return null;
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return new Line(line, length, tooLong);
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(chunk, 0, chunk.length);
    if (n <= 0) {
      eof = true;
      return false;
    }
    pos = 0;
    end = n;
    return true;
  }
}
