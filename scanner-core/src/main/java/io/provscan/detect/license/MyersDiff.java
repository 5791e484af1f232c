package io.provscan.detect.license;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Myers' O(ND) difference algorithm on word ids ("An O(ND) Difference Algorithm and Its
 * Variations", 1986): the longest common subsequence of a template span and a text region within a
 * budget of edits. A hot path: arrays only, one trace row per edit round.
 */
final class MyersDiff {
  /**
   * Edits searched before the search's hopelessness is checked: most alignments that succeed need
   * fewer, and they skip the check's sort: {@value}.
   */
  static final int QUICK_EDITS = 32;

  private MyersDiff() {}

  /**
   * For each word of {@code a}, the index in {@code b} (absolute) of the word it is matched to, or
   * -1; null past the budget of edits.
   *
   * @param a the template words
   * @param b the text words, of which {@code b[from, from + m)} is compared
   */
  static int[] match(int[] a, int[] b, int from, int m, int budget) {
    int n = a.length;
    int off = budget + 1;
    int[] v = new int[2 * budget + 3];
    List<int[]> trace = new ArrayList<>();
    for (int d = 0; d <= budget; d++) {
      if (d == QUICK_EDITS && n + m - 2 * commonWords(a, b, from, m) > budget) {
        return null; // more edits than the budget whatever the order: not worth the search
      }
      boolean reachedEnd = extendDiagonals(a, b, from, m, v, off, d);
      trace.add(Arrays.copyOfRange(v, off - d, off + d + 1));
      if (reachedEnd) {
        return backtrack(trace, from, n, m);
      }
    }
    return null;
  }

  /**
   * Round {@code d}: extends every diagonal {@code k} in {@code [-d, d]} as far as the words agree,
   * keeping the furthest {@code x} of each in {@code v}. True when both ends are reached.
   */
  private static boolean extendDiagonals(
      int[] a, int[] b, int from, int m, int[] v, int off, int d) {
    int n = a.length;
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
        return true;
      }
    }
    return false;
  }

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

  /** Walks the trace back from the end, pairing the words of every diagonal run ("snake"). */
  private static int[] backtrack(List<int[]> trace, int from, int n, int m) {
    int[] match = new int[n];
    Arrays.fill(match, -1);
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
}
