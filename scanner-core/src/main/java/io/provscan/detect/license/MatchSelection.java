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
   * confidence is at most {@code 1 - (1 - c) / 3}, less the trigrams that join required words
   * across a variable or optional part ({@link Template#gaps}), which even an exact text lacks
   * (BSD-3-Clause's variables let the Hewlett-Packard variant, aligned first, hide it otherwise).
   * An exact match is beaten only by a longer licence that is nearly all there (Cube is zlib and
   * more) or by a preferred id with the same text.
   */
  static boolean covered(
      LicenseEntry candidate,
      Template template,
      double containment,
      int hits,
      int start,
      int end,
      List<TextMatcher.Match> found) {
    int required = template.requiredCount;
    double acrossGaps = 2.0 * template.gaps / Math.max(1, required);
    double best = 1 - Math.max(0, 1 - containment - acrossGaps) / 3;
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
      if (cannotBeat && !mayHoldMore(m, hits)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a candidate with {@code hits} trigrams in the region of a close match may hold that
   * match's text and more: then it is aligned, so {@link #holdsMore} can prefer it (IJG's README
   * text holds all of IJG-short and the "In plain English" part before it).
   */
  private static boolean mayHoldMore(TextMatcher.Match m, int hits) {
    return !m.exact() && hits >= m.matched() + MORE_WORDS;
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
    sorted.removeIf(m -> holdsMore(m, found));
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
   * Words of text a longer match must span beyond a shorter one inside it for the shorter to give
   * way: a clause, not a few words the alignment picked up around it: {@value}. Counted in the
   * text, not in matched words: words one template has as literal text where another has a variable
   * count as matched in one and not the other, which made JSON look fuller than MIT on a close MIT
   * text.
   */
  static final int MORE_WORDS = 10;

  /**
   * Whether a close match {@code m} lies inside another close or partial match that spans at least
   * {@value #MORE_WORDS} more words of the text and holds more of its licence's: the text is the
   * longer licence, whose words include the shorter's (an X11 text holds MIT's words and its
   * advertising clause; MIT's region stops before the clause, so its confidence alone would not say
   * so; IJG's README text cut before its notes holds IJG-short and more). Never report a shorter
   * licence when the longer one is present (issue 14, near variants).
   */
  static boolean holdsMore(TextMatcher.Match m, List<TextMatcher.Match> found) {
    if (m.exact() || m.partial()) {
      return false;
    }
    for (TextMatcher.Match o : found) {
      if (o != m
          && !o.exact()
          && o.first() <= m.first()
          && o.last() >= m.last()
          && o.last() - o.first() >= m.last() - m.first() + MORE_WORDS
          && o.matched() > m.matched()) {
        return true;
      }
    }
    return false;
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
