package io.provscan.detect.pii;

/** The entry points by which {@link Lexer} hands candidates to the type detectors. */
final class Rules {
  private Rules() {}

  /** A type whose values are digit groups: validates one span of a {@link NumberToken}. */
  interface NumberRule {
    /**
     * The candidate in groups {@code i..j}, or null.
     *
     * @param digits digits in the span
     * @param code the separator the span's groups share ({@link NumberToken#MIXED} if several)
     */
    Candidate match(NumberToken token, int i, int j, int digits, byte code);
  }

  /**
   * A type whose values start a word: letters first ({@code GB82 …}, {@code AKIA…}, {@code E…}).
   */
  interface WordRule {
    /** The candidate starting at {@code start}, whose first word ends at {@code end}, or null. */
    Candidate match(String text, int start, int end);
  }
}
