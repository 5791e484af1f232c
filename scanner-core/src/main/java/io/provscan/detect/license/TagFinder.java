package io.provscan.detect.license;

import io.provscan.detect.LicenseFinding;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code SPDX-License-Identifier:} tags anywhere in a text (SPDX specification Annex E), each
 * parsed as an expression. The same expression tagged many times is one finding at its first line;
 * a file reports at most {@value #MAX_TAGS} distinct tags.
 */
final class TagFinder {
  static final String TAG = "spdx-license-identifier";

  /** Distinct tags reported per item at most: {@value}. */
  static final int MAX_TAGS = 50;

  /** Where a tag's expression ends: the end of a comment, a quote or markup around it. */
  private static final Pattern END =
      Pattern.compile("\\s*(\\*/|-->|\\*\\)|#}|%>|\\?>|\"|'|`|<|;|,\\s*$).*$");

  private final FindingFactory factory;

  TagFinder(FindingFactory factory) {
    this.factory = factory;
  }

  /** The tags in one segment (where {@code hits} found {@link #TAG}), by expression. */
  void find(Window.Segment s, Keywords.Hits hits, Map<String, LicenseFinding> out) {
    for (int i = 0; i < hits.size() && out.size() < MAX_TAGS; i++) {
      if (hits.word(i) != LicenseDetector.TAG_WORD) {
        continue;
      }
      String expression = expressionAfter(s, hits.at(i) + TAG.length());
      if (expression != null && !expression.isEmpty() && !out.containsKey(expression)) {
        int line = hits.line(i);
        out.put(
            expression,
            factory.expression(
                expression,
                "tag",
                1.0,
                new LicenseFinding.LineRange(line, line),
                Snippets.cut("SPDX-License-Identifier: " + expression)));
      }
    }
  }

  /**
   * The expression after a tag's colon, up to the end of its line or of the comment around it; null
   * when no colon follows the tag.
   */
  private static String expressionAfter(Window.Segment s, int start) {
    int end = s.text().indexOf('\n', start);
    end = end < 0 || end > s.to() ? s.to() : end;
    String raw = s.text().substring(start, end).replace(Window.NO_BREAK_SPACE, ' ').strip();
    if (!raw.startsWith(":")) {
      return null;
    }
    return END.matcher(raw.substring(1).strip()).replaceFirst("").strip();
  }
}
