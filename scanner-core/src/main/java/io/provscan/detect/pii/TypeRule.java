package io.provscan.detect.pii;

/**
 * The rule of a personal-data type: how its values are recognised and validated. Each {@link
 * PiiType} constant names the rule of its type; a rule implements one or more of the entry points
 * below, each a place in the text where {@link Lexer} stops and offers a candidate. Rules are
 * immutable: one instance serves every worker.
 */
interface TypeRule {

  /** A type whose values are digit groups: validates one span of a {@link NumberToken}. */
  interface NumberRule extends TypeRule {
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
   * Offered words of at least {@value #MIN_WORD} characters whose first character it accepts.
   */
  interface WordRule extends TypeRule {
    /** Shortest first word of any value: {@value} characters ({@code GB82} of a spaced IBAN). */
    int MIN_WORD = 4;

    /** True when a value of this type may start with the ASCII letter {@code c}. */
    boolean mayStartWith(char c);

    /** The candidate starting at {@code start}, whose first word ends at {@code end}, or null. */
    Candidate match(String text, int start, int end);
  }

  /** A type whose values hold an {@code @}: read outwards from it. */
  interface AtSignRule extends TypeRule {
    /** The candidate around the {@code @} at {@code at}, or null. */
    Candidate at(String text, int at);
  }

  /** A type whose values are PEM blocks: offered each {@code -----BEGIN }. */
  interface PemRule extends TypeRule {
    /** The block starting at {@code start}, or null. */
    Candidate pem(String text, int start);
  }

  /**
   * A type whose values follow a label and a colon ({@code 密钥：…}): offered each full-width colon,
   * and each ASCII colon right after a Chinese character.
   */
  interface LabelRule extends TypeRule {
    /** The value after the colon at {@code colon}, or null. */
    Candidate afterLabel(String text, int colon);
  }

  /**
   * A type whose values are IPv6 text forms: offered each {@code ::} and each hex group followed by
   * a colon.
   */
  interface Ipv6Rule extends TypeRule {
    /** The address starting at {@code start}, or null. */
    Candidate v6(String text, int start);
  }
}
