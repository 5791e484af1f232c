package io.provscan.detect.license;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exact confirmation step: aligns a compiled template with a region of a text (Myers' O(ND)
 * difference algorithm on word ids) and judges every difference by the SPDX matching guidelines. A
 * missing optional word (B.3.5), words in place of a variable within its bound (B.3.4), list
 * markers (B.8) and copyright lines (B.11) are allowed; any other missing or extra word is a
 * difference, and a text with differences is not the licence, only close to it.
 */
final class Alignment {
  /** Differences described at most: {@value}. */
  static final int MAX_DESCRIBED = 5;

  /** Words quoted per difference at most: {@value}. */
  static final int MAX_QUOTED_WORDS = 8;

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
   */
  record Result(
      int first, int last, int matched, int missing, int extra, List<String> differences) {
    boolean exact() {
      return missing == 0 && extra == 0;
    }

    double confidence(int required) {
      return required == 0 ? 0 : matched / (double) (required + extra);
    }
  }

  /** Edits tried at most before two sequences count as unrelated: {@value}. */
  static final int MAX_EDITS = 2_000;

  /**
   * Edits tried first: enough for exact matches and light edits; the cost of a failed alignment
   * grows with the square of the budget, so the large one is paid only when this fails: {@value}.
   */
  static final int FIRST_EDITS = 300;

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
    int[] pairs = diff(Arrays.copyOfRange(template.ids, tFrom, tTo), text.ids, from, m, budget);
    if (pairs == null) {
      return null;
    }
    int[] match = new int[template.size()];
    Arrays.fill(match, -1);
    System.arraycopy(pairs, 0, match, tFrom, n);
    return judge(template, text, match, wordIds);
  }

  /**
   * Myers' algorithm. Returns, for each template word, the text index (absolute) it is matched to,
   * or -1; null past the budget of edits.
   */
  private static int[] diff(int[] a, int[] b, int from, int m, int budget) {
    int n = a.length;
    int off = budget + 1;
    int[] v = new int[2 * budget + 3];
    List<int[]> trace = new ArrayList<>();
    for (int d = 0; d <= budget; d++) {
      if (d == QUICK_EDITS && n + m - 2 * commonWords(a, b, from, m) > budget) {
        return null; // more edits than the budget whatever the order: not worth the search
      }
      for (int k = -d; k <= d; k += 2) {
        int x =
            (k == -d || (k != d && v[off + k - 1] < v[off + k + 1]))
                ? v[off + k + 1]
                : v[off + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a[x] == b[from + y]) {
          x++;
          y++;
        }
        v[off + k] = x;
        if (x >= n && y >= m) {
          trace.add(Arrays.copyOfRange(v, off - d, off + d + 1));
          return backtrack(trace, a, b, from, n, m);
        }
      }
      trace.add(Arrays.copyOfRange(v, off - d, off + d + 1));
    }
    return null;
  }

  /**
   * Edits searched before the search's hopelessness is checked: most alignments that succeed need
   * fewer, and they skip the check's sort: {@value}.
   */
  static final int QUICK_EDITS = 32;

  /**
   * Words the two sequences have in common as bags (each word counted as often as it is in both):
   * an upper bound of their longest common subsequence, so {@code n + m - 2 * common} is a lower
   * bound of the edits between them. Costs a sort, far less than a search that fails.
   */
  static int commonWords(int[] a, int[] b, int from, int m) {
    int[] x = a.clone();
    int[] y = Arrays.copyOfRange(b, from, from + m);
    Arrays.sort(x);
    Arrays.sort(y);
    int common = 0;
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] == y[j]) {
        common++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }

  private static int[] backtrack(List<int[]> trace, int[] a, int[] b, int from, int n, int m) {
    int[] match = new int[n];
    for (int i = 0; i < n; i++) {
      match[i] = -1;
    }
    int x = n;
    int y = m;
    for (int d = trace.size() - 1; d > 0; d--) {
      int[] prev = trace.get(d - 1); // covers k in [-(d-1), d-1]
      int k = x - y;
      boolean down = k == -d || (k != d && at(prev, d - 1, k - 1) < at(prev, d - 1, k + 1));
      int prevK = down ? k + 1 : k - 1;
      int prevX = at(prev, d - 1, prevK);
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        x--;
        y--;
        match[x] = from + y;
      }
      x = prevX;
      y = prevY;
    }
    while (x > 0 && y > 0) {
      x--;
      y--;
      match[x] = from + y;
    }
    return match;
  }

  private static int at(int[] row, int d, int k) {
    return row[k + d];
  }

  private static Result judge(Template t, Tokens text, int[] match, WordIds wordIds) {
    int first = -1;
    int last = -1;
    int matched = 0;
    int missing = 0;
    List<String> differences = new ArrayList<>();
    int runStart = -1;
    for (int i = 0; i < match.length; i++) {
      if (match[i] >= 0) {
        first = first < 0 ? match[i] : first;
        last = match[i];
        matched += t.kinds[i] == Template.REQUIRED ? 1 : 0;
      }
      boolean lost =
          match[i] < 0 && t.kinds[i] == Template.REQUIRED && (t.flags[i] & Tokens.MARKER) == 0;
      if (lost) {
        missing++;
        runStart = runStart < 0 ? i : runStart;
      }
      if (!lost && runStart >= 0) {
        describeMissing(t, runStart, i, last, text, wordIds, differences);
        runStart = -1;
      }
    }
    if (runStart >= 0) {
      describeMissing(t, runStart, match.length, last, text, wordIds, differences);
    }
    if (first < 0) {
      return new Result(-1, -1, 0, missing, 0, differences);
    }
    int extra = extras(t, text, match, first, last, differences);
    return new Result(first, last, matched, missing, extra, List.copyOf(differences));
  }

  /** Counts text words inside the matched span that the template does not allow. */
  private static int extras(
      Template t, Tokens text, int[] match, int first, int last, List<String> differences) {
    boolean[] used = new boolean[last - first + 1];
    int[] before = new int[last - first + 1]; // template position each text word sits before
    int ti = 0;
    for (int i = 0; i < match.length; i++) {
      if (match[i] >= 0) {
        used[match[i] - first] = true;
      }
    }
    for (int j = first; j <= last; j++) {
      while (ti < match.length && (match[ti] < 0 || match[ti] < j)) {
        ti++;
      }
      before[j - first] = ti;
    }
    int[] slackUsed = new int[t.slack.length];
    int extra = 0;
    int runStart = -1;
    for (int j = first; j <= last + 1; j++) {
      boolean bad = false;
      if (j <= last && !used[j - first]) {
        int p = before[j - first];
        if (text.is(j, Tokens.MARKER) || text.is(j, Tokens.COPYRIGHT_LINE)) {
          bad = false;
        } else if (slackUsed[p] < t.slack[p]) {
          slackUsed[p]++;
        } else {
          bad = true;
        }
      }
      if (bad) {
        extra++;
        runStart = runStart < 0 ? j : runStart;
      } else if (runStart >= 0) {
        if (differences.size() < MAX_DESCRIBED) {
          differences.add(
              "extra text at line "
                  + text.lines[runStart]
                  + ": \""
                  + quote(text, runStart, j)
                  + "\"");
        }
        runStart = -1;
      }
    }
    return extra;
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
