package io.provscan.detect.pii;

/** Character classes the candidate scan uses; ASCII only, every other character is "other". */
final class Chars {
  private Chars() {}

  static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean lower(char c) {
    return c >= 'a' && c <= 'z';
  }

  static boolean letter(char c) {
    return upper(c) || lower(c);
  }

  static boolean alnum(char c) {
    return digit(c) || letter(c);
  }

  /** A character of an ASCII word: letters, digits, underscore. */
  static boolean word(char c) {
    return alnum(c) || c == '_';
  }

  static boolean hex(char c) {
    return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** The character at {@code i}, or a space outside the text. */
  static char at(CharSequence s, int i) {
    return i >= 0 && i < s.length() ? s.charAt(i) : ' ';
  }
}
