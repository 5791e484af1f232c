package io.provscan.modelfile;

import io.provscan.modelfile.HeaderInput.ModelFileException;
import java.io.IOException;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The key/value metadata of a GGUF file (ggml {@code docs/gguf.md}): magic {@code GGUF}, version,
 * tensor count, key/value count, then typed pairs. Only {@code general.*} values are kept; every
 * other value (the tokenizer's vocabulary included) is skipped by its length. The tensor infos and
 * the tensor data after the pairs are never read.
 */
final class Gguf {
  /** Longest key, in bytes (the spec's own limit is 65535): {@value}. */
  static final int MAX_KEY = 65_535;

  /** Most key/value pairs read: {@value}. */
  static final long MAX_PAIRS = 1_000_000;

  /** Most array elements, nested arrays included, per array: {@value}. */
  static final long MAX_ARRAY = 100_000_000;

  /** Deepest array nesting: {@value}. */
  static final int MAX_DEPTH = 4;

  /** Characters kept of a string value: {@value}. */
  static final int KEEP_CHARS = 500;

  /** Elements kept of an array value: {@value}. */
  static final int KEEP_ELEMENTS = 50;

  private static final int STRING = 8;
  private static final int ARRAY = 9;

  /** Byte width of each scalar type id, {@code 0} for string and array. */
  private static final int[] WIDTH = {1, 1, 2, 2, 4, 4, 4, 1, 0, 0, 8, 8, 8};

  private Gguf() {}

  static void read(HeaderInput in, Header out) throws IOException {
    in.bytes(4); // the magic, checked by the caller
    long version = in.u32();
    if (version > 0xFFFF) {
      // The magic is written byte by byte, the rest in the file's byte order (gguf.md: "big-endian
      // files are allowed"); a version that reads as more than 65535 is a swapped small number.
      in.order(ByteOrder.BIG_ENDIAN);
      version = Long.reverseBytes(version) >>> 32;
    }
    if (version < 1 || version > 3) {
      throw new ModelFileException("GGUF version " + version + " is not 1, 2 or 3");
    }
    boolean v1 = version == 1; // version 1 counted with 32-bit integers
    long tensors = v1 ? in.u32() : in.u64();
    long pairs = v1 ? in.u32() : in.u64();
    if (pairs < 0 || pairs > MAX_PAIRS) {
      throw new ModelFileException("GGUF declares " + Long.toUnsignedString(pairs) + " pairs");
    }
    out.put("gguf:version", Long.toString(version));
    out.put("gguf:tensor_count", Long.toUnsignedString(tensors));
    for (long i = 0; i < pairs; i++) {
      String key = in.string(length(in, v1, MAX_KEY), MAX_KEY);
      int type = (int) in.u32();
      boolean keep = key.startsWith("general.");
      List<String> values = new ArrayList<>();
      value(in, v1, type, keep ? values : null, 0);
      if (keep) {
        out.putAll("gguf:" + key, values);
      }
    }
  }

  private static void value(HeaderInput in, boolean v1, int type, List<String> out, int depth)
      throws IOException {
    if (type == STRING) {
      long n = length(in, v1, Long.MAX_VALUE);
      if (out != null && out.size() < KEEP_ELEMENTS) {
        out.add(in.string(n, KEEP_CHARS));
      } else {
        in.skip(n);
      }
    } else if (type == ARRAY) {
      array(in, v1, out, depth);
    } else if (type >= 0 && type < WIDTH.length) {
      scalar(in, type, out);
    } else {
      throw new ModelFileException("GGUF value type " + type + " is not defined");
    }
  }

  private static void array(HeaderInput in, boolean v1, List<String> out, int depth)
      throws IOException {
    if (depth >= MAX_DEPTH) {
      throw new ModelFileException("GGUF arrays nested deeper than " + MAX_DEPTH);
    }
    int type = (int) in.u32();
    long n = length(in, v1, MAX_ARRAY);
    if (type != STRING && type != ARRAY && type >= 0 && type < WIDTH.length && out == null) {
      in.skip(n * WIDTH[type]); // a vector of numbers we do not keep: one skip
      return;
    }
    for (long i = 0; i < n; i++) {
      value(in, v1, type, out, depth + 1);
    }
  }

  private static void scalar(HeaderInput in, int type, List<String> out) throws IOException {
    byte[] b = in.bytes(WIDTH[type]);
    if (out == null) {
      return;
    }
    boolean big = in.order() == ByteOrder.BIG_ENDIAN;
    long v = 0;
    for (int i = 0; i < b.length; i++) {
      v = (v << 8) | (b[big ? i : b.length - 1 - i] & 0xff);
    }
    if (type == 6) {
      out.add(Float.toString(Float.intBitsToFloat((int) v)));
    } else if (type == 12) {
      out.add(Double.toString(Double.longBitsToDouble(v)));
    } else {
      out.add(type == 7 ? Boolean.toString(v != 0) : Long.toUnsignedString(v));
    }
  }

  private static long length(HeaderInput in, boolean v1, long max) throws IOException {
    long n = v1 ? in.u32() : in.u64();
    if (n < 0 || n > max) {
      throw new ModelFileException("GGUF length " + Long.toUnsignedString(n) + " over " + max);
    }
    return n;
  }
}
