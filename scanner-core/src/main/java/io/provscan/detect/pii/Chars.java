package io.provscan.detect.pii;

/**
 * Character classes the candidate scan uses; ASCII only, every other character is "other". One
 * table lookup per question: the scan asks them of nearly every character of the text.
 */
final class Chars {
  private static final byte DIGIT = 1;
  private static final byte UPPER = 2;
  private static final byte LOWER = 4;
  private static final byte UNDERSCORE = 8;
  private static final byte HEX_LETTER = 16;

  private static final byte LETTER = UPPER | LOWER;
  private static final byte ALNUM = DIGIT | LETTER;
  private static final byte WORD = ALNUM | UNDERSCORE;
  private static final byte HEX = DIGIT | HEX_LETTER;

  /** The classes of each ASCII character, as the bits above. */
  private static final byte[] CLASSES = new byte[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      CLASSES[c] = DIGIT;
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      CLASSES[c] = UPPER;
      CLASSES[c + 32] = LOWER;
    }
    for (char c = 'a'; c <= 'f'; c++) {
      CLASSES[c] |= HEX_LETTER;
      CLASSES[c - 32] |= HEX_LETTER;
    }
    CLASSES['_'] = UNDERSCORE;
  }

  private Chars() {}

  private static boolean is(char c, byte classes) {
    return c < 128 && (CLASSES[c] & classes) != 0;
  }

  /** Takes an {@code int} so that a {@code char} and a code point from {@code chars()} both fit. */
  static boolean digit(int c) {
    return c >= '0' && c <= '9';
  }

  /** Takes an {@code int} so that a {@code char} and a code point from {@code chars()} both fit. */
  static boolean upper(int c) {
    return c >= 'A' && c <= 'Z';
  }

  /** Takes an {@code int} so that a {@code char} and a code point from {@code chars()} both fit. */
  static boolean lower(int c) {
    return c >= 'a' && c <= 'z';
  }

  static boolean letter(char c) {
    return is(c, LETTER);
  }

  static boolean alnum(char c) {
    return is(c, ALNUM);
  }

  /** A character of an ASCII word: letters, digits, underscore. */
  static boolean word(char c) {
    return is(c, WORD);
  }

  static boolean hex(char c) {
    return is(c, HEX);
  }

  /** The character at {@code i}, or a space outside the text. */
  static char at(CharSequence s, int i) {
    return i >= 0 && i < s.length() ? s.charAt(i) : ' ';
  }

  /** The character at {@code i}, or a space outside the characters. */
  static char at(char[] cs, int i) {
    return i >= 0 && i < cs.length ? cs[i] : ' ';
  }
}
