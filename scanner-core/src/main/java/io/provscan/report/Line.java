package io.provscan.report;

import java.util.List;

/**
 * One sentence of a report, not yet in a language: a message key, its arguments and, when it points
 * into {@code report.html}, the id of the section that holds the detail.
 *
 * @param key the message key ({@link Messages})
 * @param args its arguments (numbers are formatted for the language)
 * @param anchor a section id of {@code report.html}, or null
 */
public record Line(String key, List<Object> args, String anchor) {
  /** Copies the arguments. */
  public Line {
    args = List.copyOf(args);
  }

  /** A line with no link. */
  public static Line of(String key, Object... args) {
    return new Line(key, List.of(args), null);
  }

  /** A line linking to a section of {@code report.html}. */
  public static Line at(String anchor, String key, Object... args) {
    return new Line(key, List.of(args), anchor);
  }

  /** The sentence in the language of {@code m}. */
  public String in(Messages m) {
    return m.format(key, args.toArray());
  }
}
