package io.provscan.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * PNG chunks (PNG 3rd ed. §5.3): XMP in an {@code iTXt} chunk keyworded {@code XML:com.adobe.xmp}
 * (XMP Specification Part 3 §1.1.5), C2PA JUMBF in a {@code caBX} chunk (C2PA 2.1 §A.3.3). Image
 * data is skipped by seeking, never read.
 */
final class Png {
  private static final String XMP_KEYWORD = "XML:com.adobe.xmp";

  /** Most chunks walked: {@value}. */
  static final int MAX_CHUNKS = 100_000;

  private Png() {}

  static void read(Bytes in, Found found) throws IOException {
    long at = 8;
    for (int n = 0; n < MAX_CHUNKS && in.left(at) >= 12; n++) {
      long length = in.u32(at, ByteOrder.BIG_ENDIAN);
      String type = new String(in.read(at + 4, 4, 4), StandardCharsets.ISO_8859_1);
      if (length > in.left(at + 8)) {
        throw new Bytes.MalformedException("PNG chunk " + type + " declares " + length + " bytes");
      }
      if (type.equals("iTXt")) {
        itxt(in.read(at + 8, length, Xmp.MAX_PACKET), found);
      } else if (type.equals("caBX")) {
        found.c2pa(in.read(at + 8, length, C2paStore.MAX_STORE), "PNG caBX");
      } else if (type.equals("IEND")) {
        break;
      }
      at += 12 + length;
    }
  }

  private static void itxt(byte[] d, Found found) throws IOException {
    int k = zero(d, 0);
    if (k < 0 || !XMP_KEYWORD.equals(new String(d, 0, k, StandardCharsets.ISO_8859_1))) {
      return;
    }
    int compressed = k + 1 < d.length ? d[k + 1] : 0;
    int lang = zero(d, k + 3);
    int translated = lang < 0 ? -1 : zero(d, lang + 1);
    if (translated < 0) {
      throw new Bytes.MalformedException("truncated PNG iTXt chunk");
    }
    int from = translated + 1;
    byte[] text = new byte[d.length - from];
    System.arraycopy(d, from, text, 0, text.length);
    found.xmp(compressed == 1 ? inflate(text) : text, "PNG iTXt");
  }

  private static int zero(byte[] d, int from) {
    for (int i = Math.max(0, from); i < d.length; i++) {
      if (d[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** zlib, stopped at {@link Xmp#MAX_PACKET} bytes so a deflate bomb stays small. */
  private static byte[] inflate(byte[] z) throws IOException {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(z);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      while (!inflater.finished() && out.size() < Xmp.MAX_PACKET) {
        int n = inflater.inflate(buf);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new Bytes.MalformedException("compressed XMP in PNG iTXt: " + e.getMessage());
    } finally {
      inflater.end();
    }
  }
}
