package io.provscan.detect.license;

/**
 * Aligns one candidate template with one text region, cheaply first: the template span the region's
 * trigrams point at, then (for templates of moderate size) the whole template, each within {@link
 * Alignment#FIRST_EDITS}; only when neither gives an alignment, and the candidate is a strong one,
 * with the large budget {@link Alignment#MAX_EDITS}.
 */
final class RegionAligner {
  /**
   * Templates up to this many words are aligned whole when a narrowed span fell short: {@value}.
   */
  static final int MAX_FULL_RETRY = 6_000;

  /** Text positions tried from each end of a region for a trigram unique in the template. */
  private static final int UNIQUE_TRIES = 200;

  private RegionAligner() {}

  /**
   * The first exact alignment, else the most confident one, of {@code template} with the region
   * whose trigram hits run from {@code start} to {@code end}, aligned within {@code text[from,
   * to)}; null when none is within the budget.
   */
  static Alignment.Result best(
      Template template,
      Tokens tokens,
      int start,
      int end,
      int from,
      int to,
      double containment,
      WordIds wordIds) {
    int[] span = templateSpan(template, tokens, start, end, from, to);
    boolean narrowed = span[0] > 0 || span[1] < template.size();
    boolean wholeToo = narrowed && template.size() <= MAX_FULL_RETRY;
    int wider = Math.min(tokens.size, to + template.size() / 2);
    Alignment.Result best = null;
    for (int budget : new int[] {Alignment.FIRST_EDITS, Alignment.MAX_EDITS}) {
      if (budget > Alignment.FIRST_EDITS
          && (best != null || containment < TextMatcher.MIN_CONFIDENCE)) {
        break;
      }
      Alignment.Result r =
          Alignment.align(template, span[0], span[1], tokens, from, to, wordIds, budget);
      best = better(best, r, template);
      if (wholeToo && (best == null || !best.exact())) {
        r = Alignment.align(template, 0, template.size(), tokens, from, wider, wordIds, budget);
        best = better(best, r, template);
      }
      if (best != null && best.exact()) {
        break;
      }
    }
    return best;
  }

  /** {@code b} when it is exact or more confident than {@code a}; a null result never wins. */
  private static Alignment.Result better(Alignment.Result a, Alignment.Result b, Template t) {
    if (b == null) {
      return a;
    }
    if (a == null || b.exact() || b.confidence(t.requiredCount) > a.confidence(t.requiredCount)) {
      return b;
    }
    return a;
  }

  /**
   * The part of the template the text region can match: from the template position of the first hit
   * whose trigram occurs once in the template to that of the last such hit, widened by the text
   * around them. Long optional parts the text does not have (LGPL-3.0's template carries the whole
   * GPL-3.0 as optional text) are left out of the alignment instead of costing thousands of edits.
   */
  static int[] templateSpan(Template t, Tokens tokens, int start, int end, int from, int to) {
    int tFrom = 0;
    int tTo = t.size();
    for (int i = start, tries = 0; i <= end && tries < UNIQUE_TRIES; i++, tries++) {
      int p = uniqueAt(t, tokens, i);
      if (p >= 0) {
        tFrom = Math.max(0, p - (i - from) - TextMatcher.MARGIN);
        break;
      }
    }
    for (int i = end, tries = 0; i >= start && tries < UNIQUE_TRIES; i--, tries++) {
      int p = uniqueAt(t, tokens, i);
      if (p >= 0) {
        tTo = Math.min(t.size(), p + (to - i) + TextMatcher.MARGIN);
        break;
      }
    }
    return tFrom < tTo ? new int[] {tFrom, tTo} : new int[] {0, t.size()};
  }

  /** The template position of the text's trigram at {@code i} when it is unique there, or -1. */
  private static int uniqueAt(Template t, Tokens tokens, int i) {
    if (i + 2 >= tokens.size) {
      return -1;
    }
    int[] ids = tokens.ids;
    if (ids[i] == 0 || ids[i + 1] == 0 || ids[i + 2] == 0) {
      return -1;
    }
    return t.uniquePosition(ShingleIndex.key(ids[i], ids[i + 1], ids[i + 2]));
  }
}
