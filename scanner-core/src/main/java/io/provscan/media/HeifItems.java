package io.provscan.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * XMP stored as an item of a HEIF/AVIF file (ISO/IEC 23008-12 §6.4 and Annex A, XMP Specification
 * Part 3 §1.2.7): in the top-level {@code meta} box, an item info entry ({@code infe} version 2 or
 * 3) of type {@code mime} with content type {@code application/rdf+xml}, whose extents the item
 * location box ({@code iloc}) places in the file (construction method 0) or in the {@code idat} box
 * (method 1). The meta box is read into memory up to {@link #MAX_META} bytes; counts and extents
 * are capped, so a hostile box table fails at once.
 */
final class HeifItems {
  /** Largest {@code meta} box read: {@value} bytes (a grid image's item tables stay far below). */
  static final int MAX_META = 8 << 20;

  /** Most items listed in {@code iinf} or {@code iloc}, or boxes in one box: {@value}. */
  static final int MAX_ITEMS = 65_536;

  /** Most extents of one item: {@value}. */
  static final int MAX_EXTENTS = 64;

  private static final String XMP_TYPE = "application/rdf+xml";

  private HeifItems() {}

  /**
   * The {@code meta} box whose payload (after its box header) is {@code length} bytes at {@code
   * at}.
   */
  static void read(Bytes in, long at, long length, Found found) throws IOException {
    try {
      ByteBuffer meta = ByteBuffer.wrap(in.read(at, length, MAX_META));
      meta.position(4); // a FullBox: version and flags
      List<Long> xmp = new ArrayList<>();
      ByteBuffer iloc = null;
      ByteBuffer idat = null;
      for (Box child : children(meta)) {
        switch (child.type()) {
          case "iinf" -> xmp = xmpItems(child.payload());
          case "iloc" -> iloc = child.payload();
          case "idat" -> idat = child.payload();
          default -> {}
        }
      }
      if (!xmp.isEmpty() && iloc != null) {
        locate(in, iloc, idat, xmp, found);
      }
    } catch (BufferUnderflowException e) {
      throw new Bytes.MalformedException("HEIF meta box ends inside a structure");
    }
  }

  private record Box(String type, ByteBuffer payload) {}

  /** The child boxes of a box's payload, in order. */
  private static List<Box> children(ByteBuffer b) throws IOException {
    List<Box> out = new ArrayList<>();
    for (int n = 0; n < MAX_ITEMS && b.remaining() >= 8; n++) {
      int start = b.position();
      long size = b.getInt() & 0xffffffffL;
      String type = fourCc(b);
      if (size == 1) {
        size = b.getLong();
      } else if (size == 0) {
        size = b.limit() - start;
      }
      int header = b.position() - start;
      if (size < header || size > b.limit() - start) {
        throw new Bytes.MalformedException("HEIF box " + type + " declares " + size + " bytes");
      }
      out.add(new Box(type, b.slice(b.position(), (int) size - header)));
      b.position(start + (int) size);
    }
    return out;
  }

  /** The ids of the XMP items an {@code iinf} box lists. */
  private static List<Long> xmpItems(ByteBuffer iinf) throws IOException {
    int version = iinf.get();
    iinf.position(4);
    long count = version == 0 ? iinf.getShort() & 0xffff : iinf.getInt() & 0xffffffffL;
    if (count > MAX_ITEMS) {
      throw new Bytes.MalformedException("HEIF iinf lists " + count + " items");
    }
    List<Long> ids = new ArrayList<>();
    for (Box e : children(iinf.slice())) {
      ByteBuffer infe = e.payload();
      int v = infe.get();
      if (!e.type().equals("infe") || v < 2) {
        continue; // versions 0 and 1 predate item types; HEIF writes 2 or 3
      }
      infe.position(4);
      long id = v == 2 ? infe.getShort() & 0xffff : infe.getInt() & 0xffffffffL;
      infe.getShort(); // item_protection_index
      if (fourCc(infe).equals("mime")) {
        cString(infe); // item_name
        if (cString(infe).strip().equalsIgnoreCase(XMP_TYPE)) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  /** Reads the extents {@code iloc} gives each XMP item and hands the packets on. */
  private static void locate(
      Bytes in, ByteBuffer iloc, ByteBuffer idat, List<Long> xmp, Found found) throws IOException {
    int version = iloc.get();
    iloc.position(4);
    int sizes = iloc.get() & 0xff;
    int more = iloc.get() & 0xff;
    int offsetSize = sizes >> 4;
    int lengthSize = sizes & 0xf;
    int baseSize = more >> 4;
    int indexSize = version == 1 || version == 2 ? more & 0xf : 0;
    long count = version < 2 ? iloc.getShort() & 0xffff : iloc.getInt() & 0xffffffffL;
    if (count > MAX_ITEMS) {
      throw new Bytes.MalformedException("HEIF iloc lists " + count + " items");
    }
    for (long i = 0; i < count; i++) {
      long id = version < 2 ? iloc.getShort() & 0xffff : iloc.getInt() & 0xffffffffL;
      int method = version == 1 || version == 2 ? iloc.getShort() & 0xf : 0;
      iloc.getShort(); // data_reference_index: 0 is this file
      long base = sized(iloc, baseSize);
      int extents = iloc.getShort() & 0xffff;
      if (extents > MAX_EXTENTS) {
        throw new Bytes.MalformedException("HEIF item " + id + " has " + extents + " extents");
      }
      ByteArrayOutputStream packet = new ByteArrayOutputStream();
      for (int x = 0; x < extents; x++) {
        sized(iloc, indexSize);
        long offset = sized(iloc, offsetSize);
        long length = sized(iloc, lengthSize);
        if (xmp.contains(id)) {
          packet.writeBytes(extent(in, idat, method, base + offset, length, packet.size()));
        }
      }
      if (xmp.contains(id)) {
        found.xmp(packet.toByteArray(), "HEIF XMP item " + id);
      }
    }
  }

  /**
   * One extent: in the file (method 0) or the {@code idat} box (method 1); length 0 is "to the
   * end".
   */
  private static byte[] extent(Bytes in, ByteBuffer idat, int method, long at, long n, int sofar)
      throws IOException {
    int cap = Xmp.MAX_PACKET - sofar;
    if (method == 0) {
      return in.read(at, n == 0 ? in.left(at) : n, cap);
    }
    if (method != 1 || idat == null) {
      throw new Bytes.MalformedException("HEIF item construction method " + method + " not read");
    }
    long end = n == 0 ? idat.limit() : at + n;
    if (at < 0 || end > idat.limit() || end - at > cap || end < at) {
      throw new Bytes.MalformedException("HEIF idat extent of " + n + " bytes at " + at);
    }
    byte[] b = new byte[(int) (end - at)];
    idat.get((int) at, b);
    return b;
  }

  private static long sized(ByteBuffer b, int size) throws IOException {
    return switch (size) {
      case 0 -> 0;
      case 4 -> b.getInt() & 0xffffffffL;
      case 8 -> b.getLong();
      default -> throw new Bytes.MalformedException("HEIF iloc field of " + size + " bytes");
    };
  }

  private static String fourCc(ByteBuffer b) {
    byte[] t = new byte[4];
    b.get(t);
    return new String(t, StandardCharsets.ISO_8859_1);
  }

  /** A null-terminated UTF-8 string, or the rest of the box if the terminator is missing. */
  private static String cString(ByteBuffer b) {
    int start = b.position();
    int end = start;
    while (end < b.limit() && b.get(end) != 0) {
      end++;
    }
    byte[] s = new byte[end - start];
    b.get(s);
    b.position(Math.min(b.limit(), end + 1));
    return new String(s, StandardCharsets.UTF_8);
  }
}
