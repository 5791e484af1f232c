package io.provscan.detect.optout;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Bytes of a site policy file (robots.txt, ai.txt, tdmrep.json) as text. RFC 9309 §2.2 says the
 * file is UTF-8; a byte order mark is skipped, and a UTF-16 mark (seen in the wild, and honoured by
 * crawler-commons) switches the decoding. Malformed bytes become U+FFFD, never an exception.
 */
final class PolicyText {
  private PolicyText() {}

  static String decode(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
    }
    return new String(b, StandardCharsets.UTF_8);
  }

  /** The text again as UTF-8 bytes without a mark, for crawler-commons. */
  static byte[] utf8(String text) {
    Charset utf8 = StandardCharsets.UTF_8;
    return text.getBytes(utf8);
  }
}
