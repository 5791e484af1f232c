package io.provscan.detect.pii;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Candidates' spans sorted by start, with the running maximum of their ends, so that "does any of
 * them overlap this range?" costs a binary search. {@link NamesAndPlaces#merge} asks it once per
 * name and once per US SSN; a walk over every candidate per question made a 100 MB item with 60,000
 * findings quadratic. Immutable.
 */
final class Spans {
  private final int[] starts;
  private final int[] maxEnds;

  /** The spans of those {@code candidates} that {@code keep} accepts. */
  Spans(List<Candidate> candidates, Predicate<Candidate> keep) {
    Candidate[] kept = candidates.stream().filter(keep).toArray(Candidate[]::new);
    Arrays.sort(kept, (a, b) -> Integer.compare(a.start(), b.start()));
    starts = new int[kept.length];
    maxEnds = new int[kept.length];
    int max = Integer.MIN_VALUE;
    for (int k = 0; k < kept.length; k++) {
      starts[k] = kept[k].start();
      max = Math.max(max, kept[k].end());
      maxEnds[k] = max;
    }
  }

  /** True when some span shares a character with {@code [start, end)}. */
  boolean overlaps(int start, int end) {
    int k = lastStartBelow(end);
    return k >= 0 && maxEnds[k] > start;
  }

  /** True when some span holds the character at {@code offset}. */
  boolean covers(int offset) {
    return overlaps(offset, offset + 1);
  }

  /** Index of the last span starting before {@code limit}, or -1. */
  private int lastStartBelow(int limit) {
    int lo = 0;
    int hi = starts.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < limit) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
