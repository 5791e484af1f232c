package io.provscan.media;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * WebP's RIFF chunks (Google's WebP container specification): XMP in an {@code XMP } chunk, C2PA
 * JUMBF in a {@code C2PA} chunk (C2PA 2.1 §A.3.5). Chunks are padded to an even length.
 */
final class Riff {
  /** Most chunks walked: {@value}. */
  static final int MAX_CHUNKS = 100_000;

  private Riff() {}

  static void read(Bytes in, Found found) throws IOException {
    long at = 12;
    for (int n = 0; n < MAX_CHUNKS && in.left(at) >= 8; n++) {
      String type = new String(in.read(at, 4, 4), StandardCharsets.ISO_8859_1);
      long length = in.u32(at + 4, ByteOrder.LITTLE_ENDIAN);
      if (length > in.left(at + 8)) {
        throw new Bytes.MalformedException("WebP chunk " + type + " declares " + length + " bytes");
      }
      if (type.equals("XMP ")) {
        found.xmp(in.read(at + 8, length, Xmp.MAX_PACKET), "WebP XMP chunk");
      } else if (type.equals("C2PA")) {
        found.c2pa(in.read(at + 8, length, C2paStore.MAX_STORE), "WebP C2PA chunk");
      }
      at += 8 + length + (length & 1);
    }
  }
}
