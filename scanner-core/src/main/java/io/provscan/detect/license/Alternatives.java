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

  /** An "or"/"and" between two alternatives, not the "or (at your option) any later version". */
  private static final Pattern BETWEEN =
      Pattern.compile("[,;]?\\s(?:or|and),?\\s(?!any\\b|later\\b|newer\\b|both\\b)");

  /** A parenthesis: a definition ("the \"LGPL\"") or a link, never an alternative of its own. */
  private static final Pattern PARENTHESIS = Pattern.compile("\\([^()]{0,200}\\)");

  /** A list marker before an alternative: "a)", "(b)", "*", "-", "1.". */
  private static final Pattern MARKER = Pattern.compile("^\\s*(?:\\(?[a-d1-4][).]|[*•-])\\s*");

  private Alternatives() {}

  /** Whether the words after a notice's trigger offer a choice. */
  static boolean offered(String rest) {
    return OFFERED.matcher(Window.lower(rest)).find();
  }

  /** The alternatives of {@code rest}, list markers left out, at most {@value #MAX}. */
  static List<String> parts(String rest) {
    List<String> out = new ArrayList<>();
    String plain = PARENTHESIS.matcher(Window.lower(rest)).replaceAll(" ").replaceAll("\\s+", " ");
    for (String p : BETWEEN.split(plain, MAX + 1)) {
      if (out.size() < MAX) {
        out.add(MARKER.matcher(p).replaceFirst(""));
      }
    }
    return out;
  }
}
