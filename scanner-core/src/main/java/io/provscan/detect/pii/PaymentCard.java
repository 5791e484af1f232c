package io.provscan.detect.pii;

/**
 * Payment card numbers (ISO/IEC 7812): 13 to 19 digits, an issuer range of a card scheme, and the
 * Luhn check digit. Written as one run or in groups of four (Amex 4-6-5, Diners 4-6-4) with spaces
 * or dashes. A number in no scheme's range is not reported even when Luhn passes: one number in ten
 * does. Maestro numbers may be 12 digits long. Eighteen digits laid out as a resident id (province
 * and birth date, GB 11643) are an id with a wrong check, not a card, however Luhn turns out.
 */
final class PaymentCard implements TypeRule.NumberRule {
  /** Fewest digits of a card number: {@value} (Maestro; every other scheme has 13 or more). */
  static final int MIN_DIGITS = 12;

  private final java.time.LocalDate today;

  PaymentCard(java.time.LocalDate today) {
    this.today = today;
  }

  @Override
  public Candidate match(NumberToken t, int i, int j, int digits, byte code) {
    if (digits < MIN_DIGITS || (i == 0 && t.plus) || t.xs[j] || !grouping(t, i, j, code, digits)) {
      return null;
    }
    byte[] d = t.digitsOf(i, j);
    String brand = brand(d, digits);
    if (brand == null || sameDigit(d, digits) || !Checksums.luhn(d, digits)) {
      return null;
    }
    if (digits == 18 && ResidentId.shaped18(t.digitString(i, j), today)) {
      return null;
    }
    // one 12-digit run in ten passes Luhn: a short Maestro number needs a card word nearby
    Candidate.ContextRule rule =
        digits < 13 ? Candidate.ContextRule.NEEDS_CONTEXT : Candidate.ContextRule.VETOABLE;
    return t.candidate(PiiType.PAYMENT_CARD, i, j, 0.85, rule, brand, 4, 4);
  }

  private static boolean grouping(NumberToken t, int i, int j, byte code, int digits) {
    if (code == NumberToken.NONE) {
      return true;
    }
    if (code != NumberToken.SPACE && code != NumberToken.DASH) {
      return false;
    }
    if (j - i == 2 && t.length(i) == 4 && t.length(i + 1) == 6) {
      return digits == 15 || digits == 14; // Amex 4-6-5, Diners 4-6-4
    }
    for (int k = i; k < j; k++) {
      if (t.length(k) != 4) {
        return false;
      }
    }
    return t.length(j) <= 4;
  }

  /**
   * The scheme whose issuer range and lengths fit, or null. Ranges as listed in the IIN tables
   * (research notes §3.10): Visa 4; Mastercard 51–55, 2221–2720; Amex 34, 37; Discover 6011,
   * 644–649, 65; JCB 3528–3589; Diners 300–305, 309, 36, 38–39; UnionPay 62 (16–19 digits); Mir
   * 2200–2204; Maestro 50, 56–58, 63, 67 (12 to 19 digits); JCB's older 15-digit 1800 and 2131.
   */
  static String brand(byte[] d, int n) {
    if (n < 13) {
      return maestro(d) ? "maestro" : null;
    }
    int two = d[0] * 10 + d[1];
    int four = two * 100 + d[2] * 10 + d[3];
    if (d[0] == 4) {
      return n == 13 || n == 16 || n == 19 ? "visa" : null;
    }
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
      return n == 16 ? "mastercard" : null;
    }
    if (two == 34 || two == 37) {
      return n == 15 ? "amex" : null;
    }
    if (two == 62) {
      return n >= 16 ? "unionpay" : null;
    }
    if (four == 6011 || (four / 10 >= 644 && four / 10 <= 649) || two == 65) {
      return n >= 16 ? "discover" : null;
    }
    if (four >= 3528 && four <= 3589) {
      return n >= 16 ? "jcb" : null;
    }
    if (four == 1800 || four == 2131) {
      return n == 15 ? "jcb" : null;
    }
    if ((four / 10 >= 300 && four / 10 <= 305)
        || four / 10 == 309
        || two == 36
        || two == 38
        || two == 39) {
      return n >= 14 ? "diners" : null;
    }
    if (four >= 2200 && four <= 2204) {
      return n >= 16 ? "mir" : null;
    }
    return maestro(d) ? "maestro" : null;
  }

  private static boolean maestro(byte[] d) {
    int two = d[0] * 10 + d[1];
    return two == 50 || (two >= 56 && two <= 58) || two == 63 || two == 67;
  }

  private static boolean sameDigit(byte[] d, int n) {
    for (int k = 1; k < n; k++) {
      if (d[k] != d[0]) {
        return false;
      }
    }
    return true;
  }
}
