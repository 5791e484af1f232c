package io.provscan.detect.pii;

/** What passports and permits share: series letters, digit runs, the candidate they make. */
final class TravelDocuments {
  private TravelDocuments() {}

  /** A series letter: upper case, never I or O (they read as 1 and 0). */
  static boolean letter(char c) {
    return Chars.upper(c) && c != 'I' && c != 'O';
  }

  static boolean digits(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (!Chars.digit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code [from, to)} of {@code text} are all digits: every passport and permit shape
   * has digits in its third to ninth characters, so most capitalised words stop here, before a
   * string is made of them.
   */
  static boolean digits(String text, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (!Chars.digit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A candidate that needs a context word of its type: the shape alone proves little. */
  static Candidate candidate(PiiType type, String text, int start, int end, String kind) {
    return new Candidate(
        type,
        start,
        end,
        0.85,
        Candidate.ContextRule.NEEDS_CONTEXT,
        kind,
        Masks.keep(text, start, end, 2, 2));
  }
}
