package io.provscan.media;

import io.provscan.media.Bytes.MalformedException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * JUMBF boxes (ISO/IEC 19566-5) in a bounded byte array: a superbox {@code jumb} opens with its
 * description box {@code jumd} (type UUID, toggles, optional label), then holds content boxes or
 * more superboxes. Every length is checked against its parent before use and every box costs one
 * unit of a shared budget, so a hostile store (lengths past the end, boxes of length zero, endless
 * nesting) fails with a message instead of looping.
 */
final class Jumbf {
  /** Most boxes read in one manifest store: {@value}. */
  static final int MAX_BOXES = 10_000;

  /** Deepest superbox nesting read: {@value} (a C2PA store nests four deep). */
  static final int MAX_DEPTH = 8;

  private final byte[] data;
  private int budget = MAX_BOXES;

  Jumbf(byte[] data) {
    this.data = data;
  }

  /** One box: its type, and where its payload lies in the store. */
  record Box(String type, int start, int end) {}

  /** A superbox: its label (or "" without one) and its boxes after the description. */
  record Super(String label, List<Box> children) {}

  /** The top-level boxes of the store. */
  List<Box> top() throws MalformedException {
    return boxes(0, data.length);
  }

  /** The boxes laid end to end between {@code from} and {@code to}. */
  List<Box> boxes(int from, int to) throws MalformedException {
    List<Box> out = new ArrayList<>();
    int at = from;
    while (at < to) {
      if (--budget < 0) {
        throw new MalformedException("more than " + MAX_BOXES + " JUMBF boxes");
      }
      if (to - at < 8) {
        throw new MalformedException("truncated JUMBF box header at " + at);
      }
      ByteBuffer b = ByteBuffer.wrap(data, at, to - at);
      long length = b.getInt() & 0xffffffffL;
      String type = type(at + 4);
      int header = 8;
      if (length == 1) {
        if (to - at < 16) {
          throw new MalformedException("truncated JUMBF large box at " + at);
        }
        length = b.getLong();
        header = 16;
      } else if (length == 0) {
        length = to - at; // "the box extends to the end of its container"
      }
      if (length < header || length > to - at) {
        throw new MalformedException(
            "JUMBF box '"
                + type
                + "' at "
                + at
                + " declares "
                + length
                + " bytes, "
                + (to - at)
                + " left");
      }
      out.add(new Box(type, at + header, at + (int) length));
      at += (int) length;
    }
    return out;
  }

  /** The superbox {@code box} ({@code jumb}): its label and content boxes. */
  Super open(Box box, int depth) throws MalformedException {
    if (depth > MAX_DEPTH) {
      throw new MalformedException("JUMBF nested deeper than " + MAX_DEPTH);
    }
    if (!box.type().equals("jumb")) {
      throw new MalformedException("expected a JUMBF superbox, found '" + box.type() + "'");
    }
    List<Box> all = boxes(box.start(), box.end());
    if (all.isEmpty() || !all.get(0).type().equals("jumd")) {
      throw new MalformedException("JUMBF superbox without a description box");
    }
    return new Super(label(all.get(0)), all.subList(1, all.size()));
  }

  byte[] payload(Box box) {
    byte[] out = new byte[box.end() - box.start()];
    System.arraycopy(data, box.start(), out, 0, out.length);
    return out;
  }

  /** The label of a description box: 16-byte type, toggles, then a NUL-ended UTF-8 label. */
  private String label(Box jumd) throws MalformedException {
    int at = jumd.start() + 16;
    if (at >= jumd.end()) {
      throw new MalformedException("truncated JUMBF description box");
    }
    int toggles = data[at++] & 0xff;
    if ((toggles & 0x02) == 0) {
      return "";
    }
    int end = at;
    while (end < jumd.end() && data[end] != 0) {
      end++;
    }
    if (end == jumd.end()) {
      throw new MalformedException("JUMBF label without its closing NUL");
    }
    return new String(data, at, end - at, StandardCharsets.UTF_8);
  }

  private String type(int at) {
    return new String(data, at, 4, StandardCharsets.ISO_8859_1);
  }
}
