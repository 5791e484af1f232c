package io.provscan.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * Counts the lines of one byte range of a JSONL corpus, so that a corpus cut into ranges can be
 * counted by many tasks at once and its runs still be numbered ({@link ScanInput.Lines}) as one
 * read of the file numbers them. A range owns the lines whose first byte lies in it (as Hadoop's
 * line reader splits text files): a line that crosses the range's end is read to its end, and a
 * range that starts inside a line leaves that line to the range before. Lines end at {@code \n}; a
 * line is a record unless it is blank, or is longer than the record limit (then it is a failed
 * record), as the JSONL reader counts them.
 */
public final class LineSplits {
  private static final int CHUNK = 64 * 1024;

  private LineSplits() {}

  /**
   * The lines a range owns; serializable, so that an engine can ship it from its task.
   *
   * @param start the offset of its first line, or -1 when no line starts in the range
   * @param end the offset after its last line (where the next range's first line starts)
   * @param lines lines owned, blank ones too
   * @param members records among them (lines not blank, or too long)
   */
  public record Run(long start, long end, long lines, long members) implements Serializable {
    /** True when no line starts in the range. */
    public boolean empty() {
      return lines == 0;
    }
  }

  /**
   * Counts the lines that start in {@code [from, to)}.
   *
   * @param in the file's bytes from offset {@code max(0, from - 1)} (the byte before the range
   *     tells whether a line starts at {@code from}); read up to the end of the range's last line
   * @param maxRecordBytes the longest line read as a record (the scan's in-memory limit)
   */
  public static Run count(InputStream in, long from, long to, int maxRecordBytes)
      throws IOException {
    Bytes bytes = new Bytes(in, from == 0 ? 0 : from - 1);
    if (from > 0 && !bytes.skipLine()) {
      return new Run(-1, bytes.position(), 0, 0); // the range starts in a line that never ends
    }
    long start = bytes.position();
    long lines = 0;
    long members = 0;
    while (bytes.position() < to) {
      long length = 0;
      boolean blank = true;
      int b = bytes.next();
      for (; b >= 0 && b != '\n'; b = bytes.next()) {
        length++;
        blank &= Character.isWhitespace((byte) b);
      }
      if (b < 0 && length == 0) {
        break; // the file ends where a line would start
      }
      lines++;
      members += !blank || length > maxRecordBytes ? 1 : 0;
      if (b < 0) {
        break;
      }
    }
    return new Run(lines == 0 ? -1 : start, bytes.position(), lines, members);
  }

  /** A stream read in chunks, with its offset in the file. */
  private static final class Bytes {
    private final InputStream in;
    private final byte[] chunk = new byte[CHUNK];
    private int next;
    private int limit;
    private long offset;

    Bytes(InputStream in, long offset) {
      this.in = in;
      this.offset = offset;
    }

    /** The file offset of the next byte. */
    long position() {
      return offset + next;
    }

    /** The next byte (0–255), or -1 at the end of the file. */
    int next() throws IOException {
      if (next == limit) {
        offset += limit;
        next = 0;
        limit = Math.max(0, in.read(chunk));
        if (limit == 0) {
          return -1;
        }
      }
      return chunk[next++] & 0xff;
    }

    /**
     * Moves past the next {@code \n}: from the byte before a range, to the range's first line;
     * false when the file ends first.
     */
    boolean skipLine() throws IOException {
      for (int b = next(); b >= 0; b = next()) {
        if (b == '\n') {
          return true;
        }
      }
      return false;
    }
  }
}
