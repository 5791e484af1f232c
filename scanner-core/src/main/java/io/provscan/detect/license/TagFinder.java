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

  /** Quotes an expression may stand in: double, single and back quotes. */
  private static final String QUOTES = "\"'`";

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
   * when no colon follows the tag. An expression in quotes ({@code "MIT"}, {@code 'Apache-2.0'}, as
   * build files and JSON write it) is read inside them: the quote is markup, not its end.
   */
  private static String expressionAfter(Window.Segment s, int start) {
    int end = s.text().indexOf('\n', start);
    end = end < 0 || end > s.to() ? s.to() : end;
    String raw = s.text().substring(start, end).replace(Window.NO_BREAK_SPACE, ' ').strip();
    if (!raw.isEmpty() && QUOTES.indexOf(raw.charAt(0)) >= 0) {
      raw = raw.substring(1).strip(); // a quoted key: "SPDX-License-Identifier": "MIT"
    }
    if (!raw.startsWith(":")) {
      return null;
    }
    String value = raw.substring(1).strip();
    String quoted = quoted(value);
    return quoted != null ? quoted.strip() : END.matcher(value).replaceFirst("").strip();
  }

  /** What a quote at the start of {@code value} holds up to its closing quote, or null. */
  static String quoted(String value) {
    if (value.isEmpty() || QUOTES.indexOf(value.charAt(0)) < 0) {
      return null;
    }
    int close = value.indexOf(value.charAt(0), 1);
    return close > 1 ? value.substring(1, close) : null;
  }
}
