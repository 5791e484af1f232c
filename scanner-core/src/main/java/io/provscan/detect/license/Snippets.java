package io.provscan.detect.license;

/** Short quotes of a text for evidence: one line, whitespace collapsed, cut to a bound. */
final class Snippets {
  /** Characters quoted at most: {@value}. */
  static final int MAX = 160;

  private Snippets() {}

  /** The line of {@code text} around position {@code at}, starting near {@code at}. */
  static String lineAt(String text, int at) {
    int start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    if (at - start > MAX / 2) {
      start = at - 20;
    }
    int end = text.indexOf('\n', at);
    end = end < 0 ? text.length() : end;
    return cut(text.substring(Math.max(0, start), end));
  }

  /** {@code s} on one line, at most {@value #MAX} characters. */
  static String cut(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    if (!one.isEmpty() && one.charAt(0) == '\uFEFF') {
      one = one.substring(1);
    }
    return one.length() > MAX ? one.substring(0, MAX - 1) + "…" : one;
  }
}
