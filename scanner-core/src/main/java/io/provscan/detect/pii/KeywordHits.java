package io.provscan.detect.pii;

import java.util.Arrays;

/**
 * The keyword hits of one text, with window queries. Once {@link #sortByEnd} has run they are in
 * order of their end offsets, and hits that end together from the shortest to the longest. Not
 * thread-safe: one per detection.
 */
final class KeywordHits {
  private int[] begins = new int[64];
  private int[] ends = new int[64];
  private long[] roles = new long[64];
  private int size;

  void add(int begin, int end, long role) {
    if (size == ends.length) {
      begins = Arrays.copyOf(begins, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      roles = Arrays.copyOf(roles, size * 2);
    }
    begins[size] = begin;
    ends[size] = end;
    roles[size] = role;
    size++;
  }

  /**
   * Sorts the hits by end, then by begin from the last (the shortest term first). Hits arrive by
   * begin and terms are short, so each is only a few places out of order: an insertion sort.
   */
  void sortByEnd() {
    for (int i = 1; i < size; i++) {
      int b = begins[i];
      int e = ends[i];
      long r = roles[i];
      int j = i - 1;
      while (j >= 0 && (ends[j] > e || (ends[j] == e && begins[j] < b))) {
        begins[j + 1] = begins[j];
        ends[j + 1] = ends[j];
        roles[j + 1] = roles[j];
        j--;
      }
      begins[j + 1] = b;
      ends[j + 1] = e;
      roles[j + 1] = r;
    }
  }

  int size() {
    return size;
  }

  int begin(int i) {
    return begins[i];
  }

  int end(int i) {
    return ends[i];
  }

  long role(int i) {
    return roles[i];
  }

  /**
   * True when a hit with any of the {@code mask} bits lies within {@code [from, to)}, other than
   * the hit that begins at {@code except} (pass -1 for none).
   */
  boolean any(long mask, int from, int to, int except) {
    for (int i = firstEndingAfter(from); i < size && ends[i] <= to; i++) {
      if ((roles[i] & mask) != 0 && begins[i] >= from && begins[i] != except) {
        return true;
      }
    }
    return false;
  }

  /** The first hit whose end is past {@code offset}. Hits are sorted by end. */
  int firstEndingAfter(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
