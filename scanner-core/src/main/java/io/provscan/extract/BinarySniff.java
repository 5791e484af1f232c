package io.provscan.extract;

/**
 * Tells binary data from text when only a file name says "text": a file named {@code .txt} full of
 * control bytes is reported as {@code application/octet-stream} instead of being decoded into
 * noise. Text in any 8-bit or multi-byte encoding has almost no C0 control bytes besides tab, line
 * feed, form feed, carriage return and escape; UTF-16 has its zero bytes on one parity.
 */
final class BinarySniff {
  /** Share of control bytes above which a sample is binary: 5%. */
  static final double MAX_CONTROL_SHARE = 0.05;

  private BinarySniff() {}

  static boolean looksBinary(byte[] head, int length) {
    if (length == 0 || hasBom(head, length)) {
      return false;
    }
    int controls = 0;
    int zeros = 0;
    int evenZeros = 0;
    for (int i = 0; i < length; i++) {
      int b = head[i] & 0xFF;
      if (b == 0) {
        zeros++;
        evenZeros += (i & 1) == 0 ? 1 : 0;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
        controls++;
      }
    }
    if (zeros > length / 4 && looksUtf16(zeros, evenZeros)) {
      return false;
    }
    return controls > length * MAX_CONTROL_SHARE;
  }

  private static boolean looksUtf16(int zeros, int evenZeros) {
    int oneParity = Math.max(evenZeros, zeros - evenZeros);
    return oneParity >= zeros * 0.95;
  }

  private static boolean hasBom(byte[] h, int n) {
    return n >= 2
        && ((h[0] == (byte) 0xFF && h[1] == (byte) 0xFE)
            || (h[0] == (byte) 0xFE && h[1] == (byte) 0xFF)
            || (n >= 3 && h[0] == (byte) 0xEF && h[1] == (byte) 0xBB && h[2] == (byte) 0xBF));
  }
}
