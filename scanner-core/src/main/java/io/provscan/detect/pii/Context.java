package io.provscan.detect.pii;

/**
 * Weighs a candidate against the words around it, in a window of characters rather than words so
 * that Chinese (no spaces) and English read alike. Windows stay on the candidate's line (a veto
 * word on the line above speaks of another number), except that a value alone at the start of its
 * line may take its context word from the line above ({@code 身份证号码：⏎ 1101…}): {@value #BEFORE}
 * characters before and {@value #AFTER} after for context words of the candidate's type, {@value
 * #VETO_BEFORE} before and {@value #VETO_AFTER} after for veto words (order, tracking, ISBN,
 * version…). A context word adds {@value #BOOST} (Presidio's context enhancer adds 0.35 on a
 * five-word window; ours is narrower in words for English and wider for Chinese).
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
  static double score(Candidate c, KeywordHits hits, String text) {
    long mine = Roles.type(c.type());
    int lineStart = lineStart(text, c.start(), BEFORE);
    int lineEnd = lineEnd(text, c.end(), AFTER);
    int from = Math.max(c.start() - BEFORE, lineStart);
    if (lineStart > 0 && blank(text, lineStart, c.start())) {
      from = Math.max(c.start() - BEFORE, lineStart(text, lineStart - 1, BEFORE));
    }
    boolean context = hits.any(mine, from, Math.min(c.end() + AFTER, lineEnd), -1);
    int vetoFrom = Math.max(c.start() - VETO_BEFORE, lineStart);
    int vetoTo = Math.min(c.end() + VETO_AFTER, lineEnd);
    switch (c.contextRule()) {
      case NEEDS_CONTEXT:
        if (!context) {
          return -1;
        }
        break;
      case VETOABLE:
        if (!context && hits.any(Roles.NEGATIVE, vetoFrom, vetoTo, -1)) {
          return -1;
        }
        break;
      default:
        break;
    }
    double confidence = context ? Math.min(1.0, c.confidence() + BOOST) : c.confidence();
    return Math.round(confidence * 100) / 100.0;
  }

  /** The start of the line holding {@code offset}, looking back at most {@code limit} chars. */
  static int lineStart(String text, int offset, int limit) {
    int stop = Math.max(0, offset - limit);
    for (int i = offset - 1; i >= stop; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return i + 1;
      }
    }
    return stop == 0 ? 0 : Integer.MIN_VALUE / 2;
  }

  /** The end of the line holding {@code offset}, looking ahead at most {@code limit} chars. */
  static int lineEnd(String text, int offset, int limit) {
    int stop = Math.min(text.length(), offset + limit);
    for (int i = offset; i < stop; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return Integer.MAX_VALUE / 2;
  }

  private static boolean blank(String text, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
