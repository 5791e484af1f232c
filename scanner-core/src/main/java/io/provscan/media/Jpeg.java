package io.provscan.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * JPEG segments up to the first scan: XMP in APP1 ({@code http://ns.adobe.com/xap/1.0/\0}, XMP
 * Specification Part 3 §1.1.3) and C2PA JUMBF in APP11 (ISO/IEC 19566-5 and C2PA 2.1 §A.3.1: each
 * segment carries {@code JP}, a box instance number, a sequence number, then the superbox header
 * repeated before the next piece of its payload).
 */
final class Jpeg {
  private static final byte[] XMP_ID =
      "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII);

  /** Most segments walked before the first scan: {@value}. */
  static final int MAX_SEGMENTS = 4096;

  private Jpeg() {}

  static void read(Bytes in, Found found) throws IOException {
    Map<Integer, TreeMap<Long, byte[]>> jumbf = new TreeMap<>();
    long at = 2;
    for (int n = 0; n < MAX_SEGMENTS && in.left(at) >= 4; n++) {
      if (in.u8(at) != 0xFF) {
        throw new Bytes.MalformedException("JPEG marker expected at " + at);
      }
      int marker = in.u8(at + 1);
      if (marker == 0xFF) {
        at++; // fill byte
        continue;
      }
      if (marker == 0xD9 || marker == 0xDA) {
        break; // end of image, or start of scan: metadata segments come before it
      }
      if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
        at += 2;
        continue;
      }
      int length = in.u16(at + 2, ByteOrder.BIG_ENDIAN);
      if (length < 2) {
        throw new Bytes.MalformedException("JPEG segment of length " + length + " at " + at);
      }
      if (marker == 0xE1 || marker == 0xEB) {
        segment(marker, in.read(at + 4, length - 2, 0xFFFF), found, jumbf);
      }
      at += 2 + length;
    }
    for (TreeMap<Long, byte[]> pieces : jumbf.values()) {
      found.c2pa(join(pieces), "JPEG APP11");
    }
  }

  private static void segment(
      int marker, byte[] p, Found found, Map<Integer, TreeMap<Long, byte[]>> jumbf) {
    if (marker == 0xE1) {
      if (startsWith(p, XMP_ID)) {
        found.xmp(Arrays.copyOfRange(p, XMP_ID.length, p.length), "JPEG APP1");
      }
      return;
    }
    // APP11: CI "JP" (0x4A50), En (2), Z (4), then the box (header repeated in every segment)
    if (p.length >= 16 && p[0] == 'J' && p[1] == 'P') {
      int instance = ((p[2] & 0xff) << 8) | (p[3] & 0xff);
      long seq =
          ((p[4] & 0xffL) << 24) | ((p[5] & 0xff) << 16) | ((p[6] & 0xff) << 8) | (p[7] & 0xff);
      TreeMap<Long, byte[]> pieces = jumbf.computeIfAbsent(instance, k -> new TreeMap<>());
      long total = pieces.values().stream().mapToLong(b -> b.length).sum();
      if (total + p.length <= C2paStore.MAX_STORE) {
        pieces.putIfAbsent(seq, Arrays.copyOfRange(p, 8, p.length));
      }
    }
  }

  /** The box: the first piece whole, the payload of the others after their repeated header. */
  private static byte[] join(TreeMap<Long, byte[]> pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean first = true;
    for (byte[] piece : pieces.values()) {
      int skip = 0;
      if (!first) {
        boolean large =
            piece.length >= 4 && piece[0] == 0 && piece[1] == 0 && piece[2] == 0 && piece[3] == 1;
        skip = Math.min(piece.length, large ? 16 : 8);
      }
      out.write(piece, skip, piece.length - skip);
      first = false;
    }
    return out.toByteArray();
  }

  static boolean startsWith(byte[] p, byte[] prefix) {
    return p.length >= prefix.length
        && Arrays.equals(p, 0, prefix.length, prefix, 0, prefix.length);
  }
}
