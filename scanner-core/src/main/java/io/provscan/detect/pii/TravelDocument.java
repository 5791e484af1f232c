package io.provscan.detect.pii;

/**
 * PRC passports and travel permits. None has a public check digit and their shapes are common
 * product-code shapes, so each needs a context word of its type nearby ({@code 护照}, {@code 通行证},
 * {@code passport}, {@code permit}…).
 *
 * <ul>
 *   <li>Passports: {@code E} + 8 digits, {@code E} + a letter other than I/O + 7 digits (since
 *       2017-04), {@code G} + 8 digits, {@code D}/{@code S}/{@code P} + {@code E} + 7 digits, HKSAR
 *       {@code K} + 8 digits, MSAR {@code MA} + 7 digits.
 *   <li>Home-return permits of Hong Kong and Macao residents: {@code H}/{@code M} + 8 digits, often
 *       followed by a 2-digit issue count (MPS numbering rule of 2010).
 *   <li>Exit-entry permits for Hong Kong and Macao: {@code C} + 8 digits, or {@code C} + a letter
 *       other than I/O + 7 digits.
 * </ul>
 */
final class TravelDocument implements Rules.WordRule {
  @Override
  public Candidate match(String text, int start, int end) {
    int len = end - start;
    if (len < 9 || len > 11 || !Chars.upper(text.charAt(start))) {
      return null;
    }
    String s = text.substring(start, end);
    String passport = passport(s);
    if (passport != null) {
      return candidate(PiiType.CN_PASSPORT, text, start, end, passport);
    }
    String permit = permit(s);
    return permit == null
        ? null
        : candidate(PiiType.CN_MAINLAND_TRAVEL_PERMIT, text, start, end, permit);
  }

  /** The kind of passport {@code s} is shaped like, or null. */
  static String passport(String s) {
    if (s.length() != 9) {
      return null;
    }
    char a = s.charAt(0);
    char b = s.charAt(1);
    if ((a == 'E' || a == 'G') && digits(s, 1)) {
      return "ordinary";
    }
    if (a == 'E' && Chars.upper(b) && b != 'I' && b != 'O' && digits(s, 2)) {
      return "ordinary";
    }
    if ((a == 'D' || a == 'S' || a == 'P') && b == 'E' && digits(s, 2)) {
      return "service";
    }
    if (a == 'K' && digits(s, 1)) {
      return "hksar";
    }
    return a == 'M' && b == 'A' && digits(s, 2) ? "msar" : null;
  }

  /** The kind of permit {@code s} is shaped like, or null. */
  static String permit(String s) {
    char a = s.charAt(0);
    char b = s.charAt(1);
    if ((a == 'H' || a == 'M') && (s.length() == 9 || s.length() == 11) && digits(s, 1)) {
      return "home-return-permit";
    }
    if (a == 'C' && s.length() == 9 && digits(s, 1)) {
      return "exit-entry-permit";
    }
    boolean letter = Chars.upper(b) && b != 'I' && b != 'O';
    return a == 'C' && s.length() == 9 && letter && digits(s, 2) ? "exit-entry-permit" : null;
  }

  private static boolean digits(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (!Chars.digit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static Candidate candidate(PiiType type, String text, int start, int end, String kind) {
    return new Candidate(
        type,
        start,
        end,
        0.85,
        Candidate.Rule.NEEDS_CONTEXT,
        kind,
        Masks.keep(text, start, end, 2, 2));
  }
}
