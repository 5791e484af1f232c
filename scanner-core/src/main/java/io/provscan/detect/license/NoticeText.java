package io.provscan.detect.license;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running text of a notice that wraps over comment lines: each line's comment marker ({@code
 * //}, {@code #}, {@code * }, {@code ;;}, {@code --}, {@code REM}, {@code dnl}, {@code %%}, …) is
 * left out and the lines are joined with a space, up to the paragraph's end (a line blank once its
 * marker is gone) or a bound. A notice's version words ("either version 2 of the License, or (at
 * your option) any later version") are then read as one sentence, whatever the file's comment
 * style.
 */
final class NoticeText {
  /** Lines read after the first at most: {@value}. */
  static final int MAX_LINES = 8;

  /** Characters read at most: {@value}. */
  static final int MAX_CHARS = 700;

  /**
   * A comment marker at the start of a line, with the blanks around it. Line numbers before a
   * marker (listings) are left out too. Possessive and bounded: no backtracking on hostile lines.
   */
  private static final Pattern MARKER =
      Pattern.compile(
          "^[ \\t\\u00A0]*+(?:\\d{1,6}[ \\t\\u00A0:|]++)?+(?:/\\*++|\\*++/?|//++|#++|;++|--++|%++|!++|'|\\(\\*|\\{-"
              + "|<!--|(?i:rem|dnl|c)(?=[ \\t\\u00A0]|$))?+[ \\t\\u00A0]*+");

  /**
   * The end of a sentence that goes on after a blank line: "either:", "of either", "version, or".
   */
  private static final Pattern CONTINUED = Pattern.compile("(?:[:,]|\\bor|\\band|\\beither)\\s*$");

  private NoticeText() {}

  /**
   * The notice from {@code from} to the end of its line, then the following lines without their
   * comment markers, joined on one line.
   *
   * @param s the segment
   * @param from where to start (inside a line)
   * @param end the end of that line
   */
  static String following(Window.Segment s, int from, int end) {
    StringBuilder out = new StringBuilder(s.text().substring(from, Math.max(from, end)));
    int at = end;
    for (int n = 0; n < MAX_LINES && at < s.to() && out.length() < MAX_CHARS; n++) {
      int next = s.text().indexOf('\n', at + 1);
      int lineEnd = next < 0 || next > s.to() ? s.to() : next;
      String line = unmarked(s.text().substring(Math.min(at + 1, lineEnd), lineEnd));
      if (line.isBlank() && (CONTINUED.matcher(out).find() || connectiveNext(s, lineEnd))) {
        at = lineEnd; // "under the terms of either:", a blank line, then the list
        n--; // the blank line inside the sentence is not one of its lines
        continue;
      }
      if (line.isBlank()) {
        break; // the paragraph ends
      }
      out.append(' ').append(line);
      at = lineEnd;
    }
    return out.length() > MAX_CHARS ? out.substring(0, MAX_CHARS) : out.toString();
  }

  /**
   * Whether the line after the blank line ending at {@code at} is a lone "or"/"and": the list of a
   * choice set apart by blank lines ("… any later version", blank, "or", blank, "the GNU …").
   */
  private static boolean connectiveNext(Window.Segment s, int at) {
    int next = s.text().indexOf('\n', at + 1);
    int lineEnd = next < 0 || next > s.to() ? s.to() : next;
    String line = unmarked(s.text().substring(Math.min(at + 1, lineEnd), lineEnd));
    return line.equalsIgnoreCase("or") || line.equalsIgnoreCase("and");
  }

  /** A line without its comment marker. */
  static String unmarked(String line) {
    Matcher m = MARKER.matcher(line);
    return m.lookingAt() ? line.substring(m.end()).strip() : line.strip();
  }
}
