package io.provscan.detect.pii;

/**
 * Weighs a candidate against the words around it, in a window of characters rather than words so
 * that Chinese (no spaces) and English read alike: {@value #BEFORE} characters before and {@value
 * #AFTER} after for context words of the candidate's type, {@value #VETO_BEFORE} before and {@value
 * #VETO_AFTER} after for veto words (order, tracking, ISBN, version…). A context word adds {@value
 * #BOOST} (Presidio's context enhancer adds 0.35 on a five-word window; ours is narrower in words
 * for English and wider for Chinese).
 */
final class Context {
  /** Characters before a candidate searched for its context words. */
  static final int BEFORE = 40;

  /** Characters after a candidate searched for its context words. */
  static final int AFTER = 20;

  /** Characters before a candidate searched for veto words. */
  static final int VETO_BEFORE = 30;

  /** Characters after a candidate searched for veto words. */
  static final int VETO_AFTER = 12;

  /** What a context word adds to the confidence. */
  static final double BOOST = 0.3;

  private Context() {}

  /** The confidence of {@code c} in its context, or a negative number when it is not reported. */
  static double score(Candidate c, KeywordHits hits) {
    long mine = Roles.type(c.type());
    boolean context = hits.any(mine, c.start() - BEFORE, c.end() + AFTER, -1);
    switch (c.rule()) {
      case NEEDS_CONTEXT:
        if (!context) {
          return -1;
        }
        break;
      case VETOABLE:
        if (!context
            && hits.any(Roles.NEGATIVE, c.start() - VETO_BEFORE, c.end() + VETO_AFTER, -1)) {
          return -1;
        }
        break;
      default:
        break;
    }
    double confidence = context ? Math.min(1.0, c.confidence() + BOOST) : c.confidence();
    return Math.round(confidence * 100) / 100.0;
  }
}
