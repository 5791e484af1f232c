package io.provscan.detect.pii;

/**
 * Masks keep what a reviewer needs to recognise a value's kind and tell two apart, never enough to
 * use it: separators stay, letters and digits in between become {@code *}.
 */
final class Masks {
  private Masks() {}

  /**
   * The text of {@code [start, end)} with every letter and digit masked except the first {@code
   * head} and the last {@code tail} of them.
   */
  static String keep(CharSequence text, int start, int end, int head, int tail) {
    int total = 0;
    for (int i = start; i < end; i++) {
      total += Chars.alnum(text.charAt(i)) ? 1 : 0;
    }
    StringBuilder sb = new StringBuilder(end - start);
    int seen = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!Chars.alnum(c)) {
        sb.append(c);
        continue;
      }
      boolean shown = seen < head || seen >= total - tail;
      sb.append(shown && total > head + tail ? c : '*');
      seen++;
    }
    return sb.toString();
  }

  /** Each word of {@code [start, end)} as its first letter and stars ({@code J*** S****}). */
  static String initials(CharSequence text, int start, int end) {
    StringBuilder sb = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      boolean first = i == start || !Chars.letter(text.charAt(i - 1));
      sb.append(!Chars.alnum(c) || first ? c : '*');
    }
    return sb.toString();
  }
}
