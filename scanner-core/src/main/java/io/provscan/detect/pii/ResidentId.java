package io.provscan.detect.pii;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Mainland resident identity numbers (公民身份号码). GB 11643-1999: a 6-digit address code (GB/T 2260),
 * the birth date YYYYMMDD, a 3-digit sequence and an ISO 7064 MOD 11-2 check character ({@code X}
 * for 10). GB 11643-1989's 15-digit form has YYMMDD (19YY) and no check character, so it needs a
 * context word. Written as one run, or 6-8-4 with spaces.
 */
final class ResidentId implements TypeRule.NumberRule {
  /** The mainland provinces of GB/T 2260 by their two-digit codes, space-separated. */
  static final String MAINLAND_PROVINCES =
      "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65";

  /**
   * First two digits of the address code: the mainland provinces, Taiwan (71), and 81/82/83 for the
   * residence permits of Hong Kong, Macao and Taiwan residents (address codes 810000, 820000,
   * 830000).
   */
  private static final String PROVINCES = MAINLAND_PROVINCES + " 71 81 82 83";

  /**
   * Earliest birth year accepted: {@value}. GB 11643-1999's own example is born in 1880, so the
   * bound sits well before it; only impossible dates are rejected.
   */
  static final int OLDEST = 1850;

  private static final PiiType TYPE = PiiType.CN_RESIDENT_ID;

  private final LocalDate today;

  ResidentId(LocalDate today) {
    this.today = today;
  }

  @Override
  public Candidate match(NumberToken t, int i, int j, int digits, byte code) {
    boolean grouped = code == NumberToken.SPACE && j - i == 2 && t.length(i) == 6;
    if (code != NumberToken.NONE && !grouped) {
      return null;
    }
    boolean eighteen = digits == 18 || (digits == 17 && t.xs[j]);
    if (eighteen && (!grouped || t.length(i + 1) == 8)) {
      String id = t.digitString(i, j);
      if (valid18(id, today)) {
        String detail = id.startsWith("8") ? "residence-permit" : null;
        return t.candidate(TYPE, i, j, 0.9, Candidate.ContextRule.VETOABLE, detail, 6, 4);
      }
    } else if (digits == 15 && code == NumberToken.NONE && valid15(t.digitString(i, j), today)) {
      return t.candidate(TYPE, i, j, 0.8, Candidate.ContextRule.NEEDS_CONTEXT, "15-digit", 6, 3);
    }
    return null;
  }

  /** True for an 18-character number with a known province, a real past date and its check. */
  static boolean valid18(String id, LocalDate today) {
    if (id.length() != 18 || !region(id)) {
      return false;
    }
    if (!birthDate(id, 6, 4, today)) {
      return false;
    }
    char check = Checksums.residentIdCheck(id, 0);
    return check != 0 && check == Character.toUpperCase(id.charAt(17));
  }

  /**
   * True when 18 digits are laid out as a resident id (a known province and a real birth date),
   * whatever the check character: such a number next to id wording is an id, not a card.
   */
  static boolean shaped18(String id, LocalDate today) {
    return id.length() == 18 && region(id) && birthDate(id, 6, 4, today);
  }

  /** True for a 15-digit number (GB 11643-1989) with a known province and a real 19YY date. */
  static boolean valid15(String id, LocalDate today) {
    return id.length() == 15 && region(id) && birthDate("19" + id.substring(6, 12), 0, 4, today);
  }

  private static boolean region(String id) {
    if (!Chars.digit(id.charAt(0)) || !Chars.digit(id.charAt(1))) {
      return false;
    }
    int p = PROVINCES.indexOf(id.substring(0, 2));
    if (p < 0 || p % 3 != 0) {
      return false;
    }
    boolean permit = id.charAt(0) == '8';
    boolean zeros = id.startsWith("0000", 2);
    return permit == zeros; // a province's own code (xx0000) is no county; permits use 810000
  }

  /**
   * YYYYMMDD at {@code from} (year of {@code yearDigits}) is a real date from {@link #OLDEST} to
   * today. Shared by the numbers laid out after GB 11643, which put the birth date there too.
   */
  static boolean birthDate(String s, int from, int yearDigits, LocalDate today) {
    int year = number(s, from, yearDigits);
    int month = number(s, from + yearDigits, 2);
    int day = number(s, from + yearDigits + 2, 2);
    if (year < OLDEST || month < 1 || month > 12 || day < 1 || day > 31) {
      return false;
    }
    try {
      return !LocalDate.of(year, month, day).isAfter(today);
    } catch (DateTimeException e) {
      return false; // 30 February and the like
    }
  }

  private static int number(String s, int from, int len) {
    int v = 0;
    for (int k = from; k < from + len; k++) {
      char c = s.charAt(k);
      if (!Chars.digit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
