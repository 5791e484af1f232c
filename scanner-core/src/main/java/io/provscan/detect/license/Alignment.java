package io.provscan.detect.license;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exact confirmation step: aligns a compiled template with a region of a text ({@link
 * MyersDiff} on word ids) and judges every difference by the SPDX matching guidelines. A missing
 * optional word (B.3.5), words in place of a variable within its bound (B.3.4), list markers (B.8)
 * and copyright lines (B.11) are allowed; any other missing or extra word is a difference, and a
 * text with differences is not the licence, only close to it.
 */
final class Alignment {
  /** Differences described at most: {@value}. */
  static final int MAX_DESCRIBED = 5;

  /** Words quoted per difference at most: {@value}. */
  static final int MAX_QUOTED_WORDS = 8;

  /** Edits tried at most before two sequences count as unrelated: {@value}. */
  static final int MAX_EDITS = 2_000;

  /**
   * Edits tried first: enough for exact matches and light edits; the cost of a failed alignment
   * grows with the square of the budget, so the large one is paid only when this fails: {@value}.
   */
  static final int FIRST_EDITS = 300;

  private Alignment() {}

  /**
   * The outcome of one alignment.
   *
   * @param first index of the first text word matched
   * @param last index of the last text word matched
   * @param matched required template words found
   * @param missing required template words not found
   * @param extra text words the template does not allow
   * @param differences what differs, described for a reader (at most {@value #MAX_DESCRIBED})
   * @param prefix of a result that is not exact, the same alignment cut where the text stops
   *     holding the template nearly word for word (see {@link PartialTexts}); else null
   */
  record Result(
      int first,
      int last,
      int matched,
      int missing,
      int extra,
      List<String> differences,
      Result prefix) {
    boolean exact() {
      return missing == 0 && extra == 0;
    }

    double confidence(int required) {
      return required == 0 ? 0 : matched / (double) (required + extra);
    }
  }

  /**
   * Aligns {@code template[tFrom, tTo)} with {@code text[from, to)}; required words outside the
   * template span count as missing. Null when the two differ by more than the edit budget (they are
   * then far from a match).
   */
  static Result align(
      Template template,
      int tFrom,
      int tTo,
      Tokens text,
      int from,
      int to,
      WordIds wordIds,
      int maxEdits) {
    int n = tTo - tFrom;
    int m = to - from;
    int span = template.requiredIn(tFrom, tTo);
    int budget = Math.min(maxEdits, Math.min(n + m, 200 + (n - span) + span / 2));
    int[] pairs =
        MyersDiff.match(Arrays.copyOfRange(template.ids, tFrom, tTo), text.ids, from, m, budget);
    if (pairs == null) {
      return null;
    }
    int[] match = new int[template.size()];
    Arrays.fill(match, -1);
    System.arraycopy(pairs, 0, match, tFrom, n);
    Result whole = judge(template, text, match, wordIds);
    if (whole.exact() || whole.first() < 0) {
      return whole;
    }
    Result prefix = prefix(template, text, match, wordIds);
    return new Result(
        whole.first(),
        whole.last(),
        whole.matched(),
        whole.missing(),
        whole.extra(),
        whole.differences(),
        prefix);
  }

  /**
   * The alignment cut after the last template word up to which the text holds the template nearly
   * word for word (see {@link PartialTexts#slips}): what a text that stops early, or goes on in
   * words of its own, holds of the licence. Words matched after the cut (a disclaimer of the
   * project's own that shares a few words with the licence's) are left out.
   */
  private static Result prefix(Template t, Tokens text, int[] match, WordIds wordIds) {
    int lost = 0;
    int matched = 0;
    int cut = -1;
    for (int i = 0; i < match.length; i++) {
      if (match[i] >= 0) {
        matched += t.kinds[i] == Template.REQUIRED ? 1 : 0;
        cut = lost <= PartialTexts.slips(matched) ? i : cut;
      } else if (t.kinds[i] == Template.REQUIRED && !ignored(t, i)) {
        lost++;
      }
    }
    if (cut < 0) {
      return null;
    }
    int[] head = Arrays.copyOf(match, match.length);
    Arrays.fill(head, cut + 1, head.length, -1);
    return judge(t, text, head, wordIds);
  }

  /** A list marker (B.8) or a word of the template's copyright notice (B.11) may be missing. */
  private static boolean ignored(Template t, int i) {
    return (t.flags[i] & (Tokens.MARKER | Tokens.COPYRIGHT_LINE)) != 0;
  }

  private static Result judge(Template t, Tokens text, int[] match, WordIds wordIds) {
    List<String> differences = new ArrayList<>();
    int missing = missingWords(t, text, match, wordIds, differences);
    int first = -1;
    int last = -1;
    int matched = 0;
    for (int i = 0; i < match.length; i++) {
      if (match[i] >= 0) {
        first = first < 0 ? match[i] : first;
        last = match[i];
        matched += t.kinds[i] == Template.REQUIRED ? 1 : 0;
      }
    }
    if (first < 0) {
      return new Result(-1, -1, 0, missing, 0, differences, null);
    }
    int extra = extraWords(t, text, match, first, last, differences);
    return new Result(first, last, matched, missing, extra, List.copyOf(differences), null);
  }

  /**
   * Counts the required template words the text lacks (a list marker may be missing, B.8, and so
   * may the template's copyright notice, B.11) and describes each run of them.
   */
  private static int missingWords(
      Template t, Tokens text, int[] match, WordIds wordIds, List<String> differences) {
    int missing = 0;
    int runStart = -1;
    int lastText = -1;
    for (int i = 0; i < match.length; i++) {
      lastText = match[i] >= 0 ? match[i] : lastText;
      boolean lost = match[i] < 0 && t.kinds[i] == Template.REQUIRED && !ignored(t, i);
      if (lost) {
        missing++;
        runStart = runStart < 0 ? i : runStart;
      } else if (runStart >= 0) {
        describeMissing(t, runStart, i, lastText, text, wordIds, differences);
        runStart = -1;
      }
    }
    if (runStart >= 0) {
      describeMissing(t, runStart, match.length, lastText, text, wordIds, differences);
    }
    return missing;
  }

  /** Counts text words inside the matched span that the template does not allow. */
  private static int extraWords(
      Template t, Tokens text, int[] match, int first, int last, List<String> differences) {
    boolean[] used = usedTextWords(match, first, last);
    int[] before = templatePositions(match, first, last);
    int[] slackUsed = new int[t.slack.length];
    int extra = 0;
    int runStart = -1;
    for (int j = first; j <= last + 1; j++) {
      boolean bad =
          j <= last && !used[j - first] && !allowed(t, text, j, before[j - first], slackUsed);
      if (bad) {
        extra++;
        runStart = runStart < 0 ? j : runStart;
      } else if (runStart >= 0) {
        describeExtra(text, runStart, j, differences);
        runStart = -1;
      }
    }
    return extra;
  }

  /** Which text words of {@code [first, last]} a template word is matched to. */
  private static boolean[] usedTextWords(int[] match, int first, int last) {
    boolean[] used = new boolean[last - first + 1];
    for (int i = 0; i < match.length; i++) {
      if (match[i] >= 0) {
        used[match[i] - first] = true;
      }
    }
    return used;
  }

  /** For each text word of {@code [first, last]}, the template position it sits before. */
  private static int[] templatePositions(int[] match, int first, int last) {
    int[] before = new int[last - first + 1];
    int ti = 0;
    for (int j = first; j <= last; j++) {
      while (ti < match.length && (match[ti] < 0 || match[ti] < j)) {
        ti++;
      }
      before[j - first] = ti;
    }
    return before;
  }

  /**
   * An unmatched text word is allowed when it is a list marker (B.8) or on a copyright line (B.11),
   * or when it stands in place of a variable at template position {@code p} within the variable's
   * bound (B.3.4), which it then uses up by one.
   */
  private static boolean allowed(Template t, Tokens text, int j, int p, int[] slackUsed) {
    if (text.is(j, Tokens.MARKER) || text.is(j, Tokens.COPYRIGHT_LINE)) {
      return true;
    }
    if (slackUsed[p] < t.slack[p]) {
      slackUsed[p]++;
      return true;
    }
    return false;
  }

  private static void describeExtra(Tokens text, int from, int to, List<String> differences) {
    if (differences.size() < MAX_DESCRIBED) {
      differences.add(
          "extra text at line " + text.lines[from] + ": \"" + quote(text, from, to) + "\"");
    }
  }

  private static void describeMissing(
      Template t, int from, int to, int lastText, Tokens text, WordIds wordIds, List<String> out) {
    if (out.size() >= MAX_DESCRIBED) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    int words = 0;
    for (int i = from; i < to && words < MAX_QUOTED_WORDS; i++) {
      if (t.kinds[i] == Template.REQUIRED) {
        sb.append(words++ == 0 ? "" : " ").append(wordIds.word(t.ids[i]));
      }
    }
    if (to - from > MAX_QUOTED_WORDS) {
      sb.append(" …");
    }
    String where = lastText < 0 ? "at the start" : "after line " + text.lines[lastText];
    out.add("missing " + where + ": \"" + sb + "\"");
  }

  private static String quote(Tokens text, int from, int to) {
    int end = Math.min(to, from + MAX_QUOTED_WORDS);
    String s = text.text.substring(text.starts[from], text.ends[end - 1]).replaceAll("\\s+", " ");
    return to > end ? s + " …" : s;
  }
}
