package io.provscan.detect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bound that lets the alignment skip searches that cannot succeed. */
class MyersDiffTest {
  @Test
  void commonWordsCountsTheBagIntersection() {
    int[] a = {1, 2, 2, 3, 7};
    int[] b = {9, 2, 2, 2, 4, 3, 9};
    assertEquals(3, MyersDiff.commonWords(a, b, 0, b.length)); // 2, 2, 3
    assertEquals(2, MyersDiff.commonWords(a, b, 3, 3)); // b[3..6) = 2, 4, 3: one 2 and the 3
  }

  /** Never below the longest common subsequence, so no alignment within budget is ever skipped. */
  @Test
  void commonWordsIsNeverBelowTheLongestCommonSubsequence() {
    Random random = new Random(42);
    for (int round = 0; round < 2_000; round++) {
      int[] a = random(random, 1 + random.nextInt(30));
      int[] b = random(random, 1 + random.nextInt(30));
      assertTrue(MyersDiff.commonWords(a, b, 0, b.length) >= lcs(a, b), round + "");
    }
  }

  private static int[] random(Random random, int n) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = random.nextInt(6);
    }
    return out;
  }

  private static int lcs(int[] a, int[] b) {
    int[][] t = new int[a.length + 1][b.length + 1];
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    return t[a.length][b.length];
  }
}
