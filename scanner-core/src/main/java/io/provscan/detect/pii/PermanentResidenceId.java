package io.provscan.detect.pii;

import java.time.LocalDate;

/**
 * Foreigner permanent-residence identity card numbers (外国人永久居留身份证), 2023 version, issued from
 * 2023-12-01 (National Immigration Administration, announcement of 2023 on issuing the 2023 version
 * of the card): 18 characters in the layout of GB 11643, {@code 9} (the card's own first digit; a
 * resident id starts with a province, 1–8), the province of the accepting office (GB/T 2260), a
 * 3-digit nationality code (GB/T 2659, ISO 3166-1 numeric), the birth date YYYYMMDD, a 3-digit
 * sequence and the ISO 7064 MOD 11-2 check character ({@code X} for 10). Written as one run. The
 * 2017 card's 15 characters (three letters and twelve digits, no check) are not read.
 */
final class PermanentResidenceId implements TypeRule.NumberRule {
  private final LocalDate today;

  PermanentResidenceId(LocalDate today) {
    this.today = today;
  }

  @Override
  public Candidate match(NumberToken t, int i, int j, int digits, byte code) {
    boolean eighteen = digits == 18 || (digits == 17 && t.xs[j]);
    if (!eighteen || code != NumberToken.NONE || (i == 0 && t.plus)) {
      return null;
    }
    if (t.text.charAt(t.starts[i]) != '9' || !valid(t.digitString(i, j), today)) {
      return null;
    }
    PiiType type = PiiType.CN_FOREIGNER_PERMANENT_RESIDENCE_ID;
    return t.candidate(type, i, j, 0.9, Candidate.ContextRule.VETOABLE, null, 6, 4);
  }

  /**
   * True for {@code 9}, a mainland province, a nationality other than {@code 000}, a real past
   * birth date and the right check character.
   */
  static boolean valid(String id, LocalDate today) {
    if (id.length() != 18 || id.charAt(0) != '9' || !province(id) || id.startsWith("000", 3)) {
      return false;
    }
    char check = Checksums.residentIdCheck(id, 0);
    return check != 0
        && check == Character.toUpperCase(id.charAt(17))
        && ResidentId.birthDate(id, 6, 4, today);
  }

  private static boolean province(String id) {
    int p = ResidentId.MAINLAND_PROVINCES.indexOf(id.substring(1, 3));
    return p >= 0 && p % 3 == 0 && Chars.digit(id.charAt(1)) && Chars.digit(id.charAt(2));
  }
}
