package io.provscan.detect.license;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of a text the licence detectors read. A licence sits at the top of a file (headers,
 * LICENSE files) or at its end (appended licences, README footers), so a huge text is read only in
 * its first {@value #HEAD} and last {@value #TAIL} characters; the middle is skipped, which bounds
 * the time per item whatever its size. Line numbers stay those of the whole text.
 */
final class Window {
  /** Characters read from the start of a text: {@value} (the longest SPDX template is ~52 k). */
  static final int HEAD = 262_144;

  /** Characters read from the end of a longer text: {@value}. */
  static final int TAIL = 65_536;

  /**
   * One stretch of text read.
   *
   * @param text the whole text
   * @param from first character read
   * @param to character after the last one read
   * @param firstLine line number of {@code from}
   */
  record Segment(String text, int from, int to, int firstLine) {
    /** Where the line holding position {@code at} starts. */
    int lineStart(int at) {
      return Math.max(from, text.lastIndexOf('\n', at - 1) + 1);
    }

    /** Where the line holding position {@code at} ends (its line break, or the segment's end). */
    int lineEnd(int at) {
      int nl = text.indexOf('\n', at);
      return nl < 0 || nl > to ? to : nl;
    }

    /** The segment's lower-case text ({@link Window#lower}) between two positions. */
    String lower(int start, int end) {
      return Window.lower(text.substring(start, end));
    }
  }

  private Window() {}

  /** The segments of {@code text} to read: all of it, or its head and tail. */
  static List<Segment> of(String text) {
    List<Segment> out = new ArrayList<>();
    if (text.length() <= HEAD + TAIL) {
      out.add(segment(text, 0, text.length(), 1));
      return out;
    }
    out.add(segment(text, 0, HEAD, 1));
    int tailStart = text.indexOf('\n', text.length() - TAIL);
    tailStart = tailStart < 0 ? text.length() - TAIL : tailStart + 1;
    out.add(segment(text, tailStart, text.length(), 1 + newlines(text, tailStart)));
    return out;
  }

  /** U+00A0, read as a space by {@link #lower} and {@link Keywords}. */
  static final char NO_BREAK_SPACE = '\u00A0';

  private static Segment segment(String text, int from, int to, int firstLine) {
    return new Segment(text, from, to, firstLine);
  }

  /**
   * Lower case char by char, so positions stay those of the original text; a no-break space is a
   * space (Tika's source-code parser puts one between every two words of a Java or C++ file).
   */
  static String lower(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = c[i] == NO_BREAK_SPACE ? ' ' : Character.toLowerCase(c[i]);
    }
    return new String(c);
  }

  private static int newlines(String text, int end) {
    int n = 0;
    for (int i = 0; i < end; i++) {
      n += text.charAt(i) == '\n' ? 1 : 0;
    }
    return n;
  }
}
