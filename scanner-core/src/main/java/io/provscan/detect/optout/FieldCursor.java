package io.provscan.detect.optout;

import java.util.function.IntPredicate;

/**
 * A position in one HTTP field value and the character classes of RFC 9651 §3: the lexical half of
 * {@link StructuredDictionary}, which keeps the grammar. Reading past the end gives {@code '\0'},
 * which no class contains, so every loop stops there without a bounds check of its own.
 */
final class FieldCursor {
  private final String text;
  private int at;

  FieldCursor(String text) {
    this.text = text;
  }

  /** The character here, or {@code '\0'} at the end. */
  char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  /** The character here, stepping past it; {@code '\0'} at the end. */
  char next() {
    char c = peek();
    at++;
    return c;
  }

  /** Steps past the character here. */
  void advance() {
    at++;
  }

  boolean atEnd() {
    return at >= text.length();
  }

  int position() {
    return at;
  }

  /** The text from {@code start} to here. */
  String since(int start) {
    return text.substring(start, at);
  }

  /** Steps past characters of a class, returning them. */
  String takeWhile(IntPredicate chars) {
    int start = at;
    while (at < text.length() && chars.test(text.charAt(at))) {
      at++;
    }
    return since(start);
  }

  void expect(char c) {
    if (peek() != c) {
      throw fail("expected '" + c + "'");
    }
    at++;
  }

  /** Skips spaces (SP only, RFC 9651 §4.2). */
  void skipSp() {
    takeWhile(c -> c == ' ');
  }

  /** Skips optional whitespace (SP and HTAB) around a dictionary's commas. */
  void skipOws() {
    takeWhile(c -> c == ' ' || c == '\t');
  }

  /** A parse failure here; RFC 9651 §4.2 fails the whole field on any. */
  IllegalArgumentException fail(String why) {
    return new IllegalArgumentException(why + " at " + at);
  }

  static boolean isLcAlpha(int c) {
    return c >= 'a' && c <= 'z';
  }

  static boolean isAlpha(int c) {
    return isLcAlpha(c) || (c >= 'A' && c <= 'Z');
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isKeyChar(int c) {
    return isLcAlpha(c) || isDigit(c) || c == '_' || c == '-' || c == '.' || c == '*';
  }

  /** RFC 9651 §3.3.4: tchar (RFC 9110), ':' and '/'. */
  static boolean isTokenChar(int c) {
    return isAlpha(c) || isDigit(c) || "!#$%&'*+-.^_`|~:/".indexOf(c) >= 0;
  }
}
