package io.provscan.media;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Top-level boxes of an ISO base media file (ISO/IEC 14496-12: MP4, MOV, HEIF, AVIF): the C2PA
 * {@code uuid} box (C2PA 2.1 §A.4: version and flags, the purpose {@code manifest}, a 64-bit
 * offset, then the manifest store) and the XMP {@code uuid} box (XMP Specification Part 3 §1.2.7).
 * XMP stored as a HEIF item of the top-level {@code meta} box is read by {@link HeifItems}. Media
 * data is skipped by seeking.
 */
final class Bmff {
  private static final String C2PA_UUID = "d8fec3d61b0e483c92975828877ec481";
  private static final String XMP_UUID = "be7acfcb97a942e89c71999491e3afac";

  /** Most top-level boxes walked: {@value}. */
  static final int MAX_BOXES = 100_000;

  private Bmff() {}

  static void read(Bytes in, Found found) throws IOException {
    long at = 0;
    for (int n = 0; n < MAX_BOXES && in.left(at) >= 8; n++) {
      long size = in.u32(at, ByteOrder.BIG_ENDIAN);
      String type = new String(in.read(at + 4, 4, 4), StandardCharsets.ISO_8859_1);
      long header = 8;
      if (size == 1) {
        size = in.u64(at + 8, ByteOrder.BIG_ENDIAN);
        header = 16;
      } else if (size == 0) {
        size = in.left(at);
      }
      if (size < header || size > in.left(at)) {
        throw new Bytes.MalformedException("ISO BMFF box " + type + " declares " + size + " bytes");
      }
      if (type.equals("uuid") && size >= header + 16) {
        uuid(in, at + header, size - header, found);
      } else if (type.equals("meta")) {
        HeifItems.read(in, at + header, size - header, found);
      }
      at += size;
    }
  }

  private static void uuid(Bytes in, long at, long length, Found found) throws IOException {
    String id = HexFormat.of().formatHex(in.read(at, 16, 16));
    if (id.equals(XMP_UUID)) {
      found.xmp(in.read(at + 16, length - 16, Xmp.MAX_PACKET), "ISO BMFF XMP box");
    } else if (id.equals(C2PA_UUID)) {
      byte[] p = in.read(at + 16, length - 16, C2paStore.MAX_STORE);
      int end = 4;
      while (end < p.length && p[end] != 0) {
        end++;
      }
      String purpose = new String(p, 4, Math.max(0, end - 4), StandardCharsets.US_ASCII);
      int store = end + 1 + 8;
      if (purpose.equals("manifest") && store <= p.length) {
        byte[] s = new byte[p.length - store];
        System.arraycopy(p, store, s, 0, s.length);
        found.c2pa(s, "ISO BMFF uuid box");
      } else if (purpose.equals("manifest")) {
        found.add(Found.C2PA_ERROR, "C2PA uuid box in ISO BMFF is truncated");
      }
    }
  }
}
