package io.provscan.detect.pii;

/**
 * PRC passport numbers: {@code E} + 8 digits, {@code E} + a letter other than I/O + 7 digits (since
 * 2017-04), {@code G} + 8 digits, {@code D}/{@code S}/{@code P} + {@code E} + 7 digits, HKSAR
 * {@code K} + 8 digits, MSAR {@code MA} + 7 digits. There is no public check digit and the shapes
 * are common product-code shapes, so a passport word ({@code 护照}, {@code passport}) must be near.
 */
final class CnPassport implements TypeRule.WordRule {
  @Override
  public boolean mayStartWith(char c) {
    return Chars.upper(c);
  }

  @Override
  public Candidate match(String text, int start, int end) {
    if (end - start != 9
        || !Chars.upper(text.charAt(start))
        || !TravelDocuments.digits(text, start + 2, end)) {
      return null;
    }
    String kind = passport(text.substring(start, end));
    return kind == null
        ? null
        : TravelDocuments.candidate(PiiType.CN_PASSPORT, text, start, end, kind);
  }

  /** The kind of passport {@code s} is shaped like, or null. */
  static String passport(String s) {
    if (s.length() != 9) {
      return null;
    }
    char a = s.charAt(0);
    char b = s.charAt(1);
    if ((a == 'E' || a == 'G') && TravelDocuments.digits(s, 1)) {
      return "ordinary";
    }
    if (a == 'E' && TravelDocuments.letter(b) && TravelDocuments.digits(s, 2)) {
      return "ordinary";
    }
    if ((a == 'D' || a == 'S' || a == 'P') && b == 'E' && TravelDocuments.digits(s, 2)) {
      return "service";
    }
    if (a == 'K' && TravelDocuments.digits(s, 1)) {
      return "hksar";
    }
    return a == 'M' && b == 'A' && TravelDocuments.digits(s, 2) ? "msar" : null;
  }
}
