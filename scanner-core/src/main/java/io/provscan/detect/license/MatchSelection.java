package io.provscan.detect.license;

import io.provscan.licensedb.LicenseEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which of the licence texts found in one text are reported: overlapping matches keep the better
 * one, and a region already covered by a match that a candidate cannot beat is not aligned at all.
 */
final class MatchSelection {
  /**
   * Below this containment a candidate inside a close (not exact) match is skipped when it cannot
   * beat it; above it, it is always aligned: containment undercounts templates whose variables cut
   * many trigrams: {@value}.
   */
  static final double CLEARLY_WORSE = 0.9;

  private MatchSelection() {}

  /**
   * A region inside one already matched is not aligned again when the candidate cannot beat that
   * match: selection would drop it anyway. A candidate missing a share {@code 1 - c} of its
   * trigrams misses at least a third as many words (one word is in at most three trigrams), so its
   * confidence is at most {@code 1 - (1 - c) / 3}. An exact match is beaten only by a longer
   * licence that is nearly all there (Cube is zlib and more) or by a preferred id with the same
   * text.
   */
  static boolean covered(
      LicenseEntry candidate,
      int required,
      double containment,
      int start,
      int end,
      List<TextMatcher.Match> found) {
    double best = 1 - (1 - containment) / 3;
    for (TextMatcher.Match m : found) {
      if (m.partial()) {
        continue; // a text that stops early holds less than a candidate that may be all there
      }
      if (start < m.first() - TextMatcher.MARGIN || end > m.last() + TextMatcher.MARGIN) {
        continue;
      }
      boolean sameOrShorter =
          required <= m.matched() && preference(candidate) >= preference(m.entry());
      boolean cannotBeat =
          m.exact()
              ? sameOrShorter || containment < CLEARLY_WORSE
              : containment < CLEARLY_WORSE && m.confidence() > best;
      if (cannotBeat) {
        return true;
      }
    }
    return false;
  }

  /**
   * Best first: exact before close, close before partial (a text that stops early), current ids
   * before deprecated ones (a deprecated "GPL-2.0-with-classpath-exception" gives way to
   * GPL-2.0-only and the exception, each found on its own), then confidence and length. A match
   * overlapping a better one is dropped (a near-miss sibling, a copy). The matches kept are in text
   * order.
   */
  static List<TextMatcher.Match> select(List<TextMatcher.Match> found) {
    List<TextMatcher.Match> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparing((TextMatcher.Match m) -> !m.exact())
            .thenComparing(TextMatcher.Match::partial)
            .thenComparing(m -> m.entry().deprecated())
            .thenComparing(m -> -m.confidence())
            .thenComparing(m -> -m.matched())
            .thenComparing(m -> preference(m.entry()))
            .thenComparing(m -> m.entry().id()));
    List<TextMatcher.Match> kept = new ArrayList<>();
    for (TextMatcher.Match m : sorted) {
      if (kept.stream().noneMatch(o -> overlaps(o, m))) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(TextMatcher.Match::first));
    return kept;
  }

  /**
   * Among texts that match equally, the lower wins: current ids before deprecated ones, and "-only"
   * before "-or-later" — a licence text alone does not say that later versions apply; the notice
   * that does is found as a reference (ScanCode reads a bare GPL text the same way).
   */
  static int preference(LicenseEntry e) {
    return (e.deprecated() ? 1000 : 0) + e.id().length();
  }

  /** Two matches overlap when they share more than a third of the shorter one. */
  private static boolean overlaps(TextMatcher.Match a, TextMatcher.Match b) {
    int from = Math.max(a.first(), b.first());
    int to = Math.min(a.last(), b.last());
    int shorter = Math.min(a.last() - a.first(), b.last() - b.first()) + 1;
    return to >= from && (to - from + 1) * 3 > shorter;
  }
}
