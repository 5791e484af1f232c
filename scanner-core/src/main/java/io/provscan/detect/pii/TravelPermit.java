package io.provscan.detect.pii;

/**
 * Travel permits: home-return permits of Hong Kong and Macao residents ({@code H}/{@code M} + 8
 * digits, often followed by a 2-digit issue count; MPS numbering rule of 2010) and exit-entry
 * permits for Hong Kong and Macao ({@code C} + 8 digits, or {@code C} + a letter other than I/O + 7
 * digits). No public check digit, so a permit word ({@code 通行证}, {@code 回乡证}, {@code permit}) must
 * be near.
 */
final class TravelPermit implements TypeRule.WordRule {
  @Override
  public boolean mayStartWith(char c) {
    return Chars.upper(c);
  }

  @Override
  public Candidate match(String text, int start, int end) {
    int len = end - start;
    if (len < 9
        || len > 11
        || !Chars.upper(text.charAt(start))
        || !TravelDocuments.digits(text, start + 2, start + 9)) {
      return null;
    }
    String kind = permit(text.substring(start, end));
    return kind == null
        ? null
        : TravelDocuments.candidate(PiiType.CN_MAINLAND_TRAVEL_PERMIT, text, start, end, kind);
  }

  /** The kind of permit {@code s} is shaped like, or null. */
  static String permit(String s) {
    char a = s.charAt(0);
    char b = s.charAt(1);
    if ((a == 'H' || a == 'M')
        && (s.length() == 9 || s.length() == 11)
        && TravelDocuments.digits(s, 1)) {
      return "home-return-permit";
    }
    if (a == 'C' && s.length() == 9 && TravelDocuments.digits(s, 1)) {
      return "exit-entry-permit";
    }
    boolean series =
        a == 'C' && s.length() == 9 && TravelDocuments.letter(b) && TravelDocuments.digits(s, 2);
    return series ? "exit-entry-permit" : null;
  }
}
