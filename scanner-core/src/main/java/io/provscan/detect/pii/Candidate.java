package io.provscan.detect.pii;

/**
 * A value that passed its type's validation, before context is weighed.
 *
 * @param type its type
 * @param start offset of its first character in the text
 * @param end offset after its last character
 * @param confidence 0 to 1 without context
 * @param contextRule how context decides about it
 * @param detail a subtype or range note, such as {@code private} or {@code aws-access-key-id}, or
 *     null
 * @param masked the value masked for the report
 */
record Candidate(
    PiiType type,
    int start,
    int end,
    double confidence,
    ContextRule contextRule,
    String detail,
    String masked) {

  /** How context weighs on a candidate. */
  enum ContextRule {
    /** Reported alone; a check digit or an unmistakable shape proves it. */
    PROVEN,
    /** Reported alone unless a veto word (order, ISBN, version…) is near and no context word. */
    VETOABLE,
    /** Reported only with a context word of its type nearby: the shape alone proves little. */
    NEEDS_CONTEXT
  }
}
