package io.provscan.detect.pii;

/**
 * US Social Security numbers: 3-2-4 digits. The SSA never assigns area 000, 666 or 900–999, group
 * 00 or serial 0000 (SSA, "Social Security Number Randomization"); a few numbers are known
 * advertising or example values. There is no check digit, so a bare 9-digit run needs a context
 * word; the dashed or spaced form is reported unless a veto word is near.
 */
final class UsSsn implements TypeRule.NumberRule {
  @Override
  public Candidate match(NumberToken t, int i, int j, int digits, byte code) {
    if (digits != 9 || (i == 0 && t.plus) || t.xs[j]) {
      return null;
    }
    boolean grouped =
        (code == NumberToken.DASH || code == NumberToken.SPACE)
            && j - i == 2
            && t.length(i) == 3
            && t.length(i + 1) == 2;
    if (!grouped && code != NumberToken.NONE) {
      return null;
    }
    if (!valid(t.digitString(i, j))) {
      return null;
    }
    Candidate.ContextRule rule =
        grouped ? Candidate.ContextRule.VETOABLE : Candidate.ContextRule.NEEDS_CONTEXT;
    return t.candidate(PiiType.US_SSN, i, j, grouped ? 0.6 : 0.7, rule, null, 0, 4);
  }

  /** True for nine digits the SSA could have assigned. */
  static boolean valid(String nine) {
    if (nine.length() != 9) {
      return false;
    }
    int area = Integer.parseInt(nine.substring(0, 3));
    int group = Integer.parseInt(nine.substring(3, 5));
    int serial = Integer.parseInt(nine.substring(5));
    if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) {
      return false;
    }
    if (nine.replace(nine.substring(0, 1), "").isEmpty()) {
      return false; // one digit nine times
    }
    // example and advertising numbers: 078-05-1120 (the Woolworth wallet card), 219-09-9999
    // (an SSA pamphlet), 123-45-6789 (every form's example), 987-65-432x (reserved, area >= 900)
    return !nine.equals("078051120") && !nine.equals("219099999") && !nine.equals("123456789");
  }
}
