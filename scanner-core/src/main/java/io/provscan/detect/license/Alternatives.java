package io.provscan.detect.license;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Notices that offer a choice of licences: "under the terms of either: a) the GNU General Public
 * License …, or b) the Artistic License", "Licensed under either of Apache License, Version 2.0 or
 * MIT license at your option", "dual licensed under the MIT and GPL licenses". The recipient may
 * pick any one, which is what an SPDX {@code OR} expression says (SPDX spec, Annex D "disjunctive"
 * licences). Each alternative is cut at its "or"/"and"; the "or (at your option) any later version"
 * of a GNU notice is not an alternative but a version word.
 */
final class Alternatives {
  /** Alternatives read at most: {@value}. */
  static final int MAX = 4;

  /** Words that say a choice is offered. */
  private static final Pattern OFFERED =
      Pattern.compile("\\beither\\b|\\bdual[- ]?licen|\\bat your (?:option|choice)\\b");

  /** An "or" between two alternatives, not the "or (at your option) any later version". */
  private static final Pattern BETWEEN =
      Pattern.compile("[,;]?\\sor,?\\s(?!any\\b|later\\b|newer\\b|both\\b)");

  /** The same with "and", which offers a choice only in "dual licensed under A and B". */
  private static final Pattern BETWEEN_DUAL =
      Pattern.compile("[,;]?\\s(?:or|and),?\\s(?!any\\b|later\\b|newer\\b|both\\b)");

  private static final Pattern DUAL = Pattern.compile("\\bdual[- ]?licen");

  /** A parenthesis: a definition ("the \"LGPL\"") or a link, never an alternative of its own. */
  private static final Pattern PARENTHESIS = Pattern.compile("\\([^()]{0,200}\\)");

  /** A list marker before an alternative: "a)", "(b)", "*", "-", "1.". */
  private static final Pattern MARKER = Pattern.compile("^\\s*(?:\\(?[a-d1-4][).]|[*•-])\\s*");

  private Alternatives() {}

  /**
   * Whether a notice's first line offers a choice ("under the terms of either", "dual licensed").
   * Only the first line: in a Debian stanza "GPL-2+ or AFL-2.1, and Expat" the "and" binds, and the
   * comment below that says "either" is not the licence's words.
   */
  static boolean offered(String line) {
    return OFFERED.matcher(Window.lower(line)).find();
  }

  /**
   * The alternatives of {@code rest}, list markers left out, at most {@value #MAX}; "and" separates
   * them only when {@code line} says "dual licensed".
   */
  static List<String> parts(String line, String rest) {
    List<String> out = new ArrayList<>();
    String plain = PARENTHESIS.matcher(Window.lower(rest)).replaceAll(" ").replaceAll("\\s+", " ");
    Pattern between = DUAL.matcher(Window.lower(line)).find() ? BETWEEN_DUAL : BETWEEN;
    for (String p : between.split(plain, MAX + 1)) {
      if (out.size() < MAX) {
        out.add(MARKER.matcher(p).replaceFirst(""));
      }
    }
    return out;
  }
}
