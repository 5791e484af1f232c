package io.provscan.detect.pii;

/**
 * One run of digit groups joined by short separators ({@code 138 1234 5678}, {@code +86
 * 138-1234-5678}, {@code (021) 6123 4567}, {@code 192.168.0.1}), read by {@link Lexer}. A span of
 * consecutive groups is what a numeric type validates; a span never splits a group, so a value
 * inside a longer digit run is never a candidate. Reused for every token of one scan; not
 * thread-safe.
 */
final class NumberToken {
  /** Separator codes. */
  static final byte NONE = 0;

  static final byte SPACE = 1;
  static final byte DASH = 2;
  static final byte DOT = 3;

  /** Parentheses, or two or three separator characters. */
  static final byte MIXED = 4;

  /** Groups kept per token; a longer token is cut (degenerate input: tables of tiny numbers). */
  static final int MAX_GROUPS = 256;

  /** Most digits in any value a numeric type accepts (ISO/IEC 7812 card numbers: 19). */
  static final int MAX_DIGITS = 19;

  final String text;
  final int[] starts = new int[MAX_GROUPS];
  final int[] ends = new int[MAX_GROUPS];
  final byte[] seps = new byte[MAX_GROUPS];
  final boolean[] xs = new boolean[MAX_GROUPS];
  private final int[] cum = new int[MAX_GROUPS + 1];
  private final int[] sameUntil = new int[MAX_GROUPS];
  int count;
  int tokenStart;

  /** libphonenumber confirmations that failed on this token (bounded: hostile digit texts). */
  int phoneTries;

  boolean plus;
  boolean leftGlued;
  boolean rightGlued;
  private final byte[] digitBuffer = new byte[MAX_DIGITS + 1];

  NumberToken(String text) {
    this.text = text;
  }

  void reset(int start, boolean plus, boolean leftGlued) {
    this.tokenStart = start;
    this.plus = plus;
    this.leftGlued = leftGlued;
    this.rightGlued = false;
    this.count = 0;
    this.phoneTries = 0;
  }

  void add(int start, int end, byte sep, boolean x) {
    starts[count] = start;
    ends[count] = end;
    seps[count] = sep;
    xs[count] = x;
    cum[count + 1] = cum[count] + (end - start) - (x ? 1 : 0);
    count++;
  }

  /** Digits in groups {@code i..j} (an {@code X} check character not counted). */
  int digits(int i, int j) {
    return cum[j + 1] - cum[i];
  }

  /** The separator shared by groups {@code i..j}: NONE for one group, MIXED when they differ. */
  byte code(int i, int j) {
    if (i == j) {
      return NONE;
    }
    return j <= sameUntil[i + 1] ? seps[i + 1] : MIXED;
  }

  /** Computes, for each separator, how far the same separator repeats: {@link #code} in O(1). */
  void seal() {
    for (int k = count - 1; k >= 1; k--) {
      sameUntil[k] = k + 1 < count && seps[k + 1] == seps[k] ? sameUntil[k + 1] : k;
    }
  }

  /** Length of group {@code k} in digits. */
  int length(int k) {
    return ends[k] - starts[k] - (xs[k] ? 1 : 0);
  }

  /** Where a span starting at group {@code i} starts: a leading {@code +} or {@code (} belongs. */
  int spanStart(int i) {
    return i == 0 ? tokenStart : starts[i];
  }

  /**
   * True when groups {@code i..j} stand alone: not glued to letters or digits at the token's ends,
   * and not part of a longer grouping that uses the same separator (a card number's first four
   * groups out of five, four parts of a five-part version number, a date's parts).
   */
  boolean closed(int i, int j, byte code) {
    if (i == 0 ? leftGlued : continues(seps[i], code)) {
      return false;
    }
    return !(j == count - 1 ? rightGlued : continues(seps[j + 1], code));
  }

  private static boolean continues(byte neighbour, byte code) {
    return code == NONE ? neighbour == DASH || neighbour == DOT : neighbour == code;
  }

  /**
   * The candidate of groups {@code i..j} (a leading {@code +} or {@code (} included), masked
   * keeping the first {@code head} and last {@code tail} letters and digits.
   */
  Candidate candidate(
      PiiType type,
      int i,
      int j,
      double confidence,
      Candidate.ContextRule rule,
      String detail,
      int head,
      int tail) {
    int start = spanStart(i);
    int end = ends[j];
    return new Candidate(
        type, start, end, confidence, rule, detail, Masks.keep(text, start, end, head, tail));
  }

  /** The digits of groups {@code i..j}, 0..9 each, in a buffer reused by the next call. */
  byte[] digitsOf(int i, int j) {
    int n = 0;
    for (int k = i; k <= j; k++) {
      int end = ends[k] - (xs[k] ? 1 : 0);
      for (int p = starts[k]; p < end && n < digitBuffer.length; p++) {
        digitBuffer[n++] = (byte) (text.charAt(p) - '0');
      }
    }
    return digitBuffer;
  }

  /** The digits of groups {@code i..j} as a string, with {@code +} first when the token had it. */
  String digitString(int i, int j) {
    StringBuilder sb = new StringBuilder(MAX_DIGITS + 2);
    if (i == 0 && plus) {
      sb.append('+');
    }
    for (int k = i; k <= j; k++) {
      sb.append(text, starts[k], ends[k]);
    }
    return sb.toString();
  }
}
