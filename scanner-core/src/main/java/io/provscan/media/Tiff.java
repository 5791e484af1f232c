package io.provscan.media;

import java.io.IOException;
import java.nio.ByteOrder;

/**
 * XMP in TIFF: tag 700 (XMLPacket, type BYTE or UNDEFINED) of the first image file directory (XMP
 * Specification Part 3 §1.1.4). Only IFD0 is read: that is where writers put it.
 */
final class Tiff {
  private static final int XMP_TAG = 700;

  /** Most directory entries read: {@value}. */
  static final int MAX_ENTRIES = 4096;

  private Tiff() {}

  static void read(Bytes in, Found found) throws IOException {
    ByteOrder order = in.u8(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    long ifd = in.u32(4, order);
    int count = in.u16(ifd, order);
    if (count > MAX_ENTRIES) {
      throw new Bytes.MalformedException("TIFF directory of " + count + " entries");
    }
    for (int i = 0; i < count; i++) {
      long e = ifd + 2 + 12L * i;
      if (in.u16(e, order) == XMP_TAG) {
        long n = in.u32(e + 4, order);
        long at = n <= 4 ? e + 8 : in.u32(e + 8, order);
        found.xmp(in.read(at, n, Xmp.MAX_PACKET), "TIFF tag 700");
        return;
      }
    }
  }
}
