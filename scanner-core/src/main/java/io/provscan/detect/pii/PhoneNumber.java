package io.provscan.detect.pii;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * Telephone numbers. Shapes are screened here, cheaply: mainland mobiles ({@code 1[3-9]} and 11
 * digits: {@code 13812345678}, {@code 138 1234 5678}), mainland landlines with the trunk {@code 0}
 * and an area code ({@code 010-12345678}, {@code (021) 6123 4567}), E.164 with {@code +} or {@code
 * 00}, NANP numbers grouped 3-3-4 (dashes, spaces, dots or parentheses; an extension after them,
 * {@code x123} or {@code ext. 12}, is left outside the value), and, with a phone word nearby,
 * national numbers of the UK, Germany and Brazil. Google libphonenumber then confirms each survivor
 * against its numbering-plan metadata: it is the confirmer, never the scanner, because its own
 * matcher tries every digit of a text as a possible start.
 */
final class PhoneNumber implements TypeRule.NumberRule {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  /**
   * Failed confirmations per digit token: {@value}. A token holds one number or a list of them; a
   * token of hundreds of tiny groups is a table, not a phone book, and must not cost a parse per
   * span.
   */
  static final int MAX_TRIES_PER_TOKEN = 8;

  @Override
  public Candidate match(NumberToken t, int i, int j, int digits, byte code) {
    if (digits < 7 || digits > 15 || t.xs[j]) {
      return null;
    }
    boolean plus = i == 0 && t.plus;
    char first = t.text.charAt(t.starts[i]);
    String region = region(t, i, j, digits, code, plus, first);
    if (t.phoneTries >= MAX_TRIES_PER_TOKEN
        || (region == null && (plus || !nationalShape(t, i, digits, code, first)))) {
      return null;
    }
    Phonenumber.PhoneNumber number = region == null ? null : confirm(t, i, j, region, digits);
    if (number == null && !plus) {
      number = national(t, i, j, digits, code, first);
      if (number != null) {
        String where = UTIL.getRegionCodeForNumber(number);
        return t.candidate(
            PiiType.PHONE_NUMBER, i, j, 0.5, Candidate.ContextRule.NEEDS_CONTEXT, where, 3, 4);
      }
    }
    if (number == null) {
      t.phoneTries++; // only failures count: each success consumes its groups
      return null;
    }
    boolean mobile = region.equals("CN") && first == '1';
    String detail = UTIL.getRegionCodeForNumber(number);
    int head = plus ? String.valueOf(number.getCountryCode()).length() + 3 : 3;
    if (first == '0' && code != NumberToken.NONE) {
      head = t.length(i); // a landline's area code is no secret
    }
    double confidence = mobile || plus ? 0.75 : 0.6;
    return t.candidate(
        PiiType.PHONE_NUMBER, i, j, confidence, Candidate.ContextRule.VETOABLE, detail, head, 4);
  }

  /** The region to parse the span in, or null when its shape is no telephone number. */
  private static String region(
      NumberToken t, int i, int j, int digits, byte code, boolean plus, char first) {
    if (plus) {
      return digits >= 8 ? "ZZ" : null;
    }
    if (first == '1') {
      return digits == 11 && mobileGrouping(t, i, j, code) ? "CN" : null;
    }
    if (first == '0') {
      if (t.text.startsWith("00", t.starts[i]) && digits >= 10) {
        return "CN"; // 00 is the international prefix in China and most of the world
      }
      return digits >= 10 && digits <= 12 && areaGrouping(t, i, j, code) ? "CN" : null;
    }
    if (digits == 10 && j - i == 2 && t.length(i) == 3 && t.length(i + 1) == 3) {
      return code != NumberToken.NONE ? "US" : null; // 650-253-0000, 650.253.0000
    }
    return null;
  }

  /**
   * National numbers of other countries, written without a country code: the UK and Germany (a
   * trunk {@code 0}, grouped) and Brazil ({@code (11) 91234-5678}). Their shapes overlap order
   * numbers, so each needs a phone word nearby; tried only when the mainland and NANP shapes
   * failed.
   */
  static final String[] NATIONAL_REGIONS = {"GB", "DE", "BR"};

  /** A trunk {@code 0} and groups (UK, DE), or a two-digit area code in parentheses (BR). */
  private static boolean nationalShape(NumberToken t, int i, int digits, byte code, char first) {
    if (first == '0') {
      return code != NumberToken.NONE && digits >= 10 && digits <= 12;
    }
    return i == 0
        && t.text.charAt(t.tokenStart) == '('
        && t.length(0) == 2
        && (digits == 10 || digits == 11);
  }

  private static Phonenumber.PhoneNumber national(
      NumberToken t, int i, int j, int digits, byte code, char first) {
    if (!nationalShape(t, i, digits, code, first)) {
      return null;
    }
    boolean brazil = first != '0';
    String digitsOnly = t.digitString(i, j);
    for (String region : NATIONAL_REGIONS) {
      if (brazil != region.equals("BR")) {
        continue;
      }
      try {
        Phonenumber.PhoneNumber number = UTIL.parse(digitsOnly, region);
        if (UTIL.isValidNumberForRegion(number, region)) {
          return number;
        }
      } catch (NumberParseException e) {
        // not a number of this region: try the next
      }
    }
    return null;
  }

  /** 11 digits in one run, or 3-4-4 with one kind of separator. */
  private static boolean mobileGrouping(NumberToken t, int i, int j, byte code) {
    if (code == NumberToken.NONE) {
      return true;
    }
    return (code == NumberToken.SPACE || code == NumberToken.DASH)
        && j - i == 2
        && t.length(i) == 3
        && t.length(i + 1) == 4;
  }

  /** The area code (0 + 2 or 3 digits) alone in the first group, or everything in one run. */
  private static boolean areaGrouping(NumberToken t, int i, int j, byte code) {
    if (code == NumberToken.NONE) {
      return true;
    }
    int area = t.length(i);
    return (area == 3 || area == 4) && code != NumberToken.DOT;
  }

  /**
   * The number if libphonenumber holds it valid. Where the country is known from the shape (a
   * mainland number without a prefix, a NANP number), the number is built directly:
   * libphonenumber's parser is the costly part, its validity check is not.
   */
  private static Phonenumber.PhoneNumber confirm(
      NumberToken t, int i, int j, String region, int digits) {
    byte[] d = t.digitsOf(i, j);
    boolean international = region.equals("ZZ") || (d[0] == 0 && d[1] == 0);
    if (international) {
      try {
        Phonenumber.PhoneNumber number = UTIL.parse(t.digitString(i, j), region);
        return UTIL.isValidNumber(number) ? number : null;
      } catch (NumberParseException e) {
        return null;
      }
    }
    long national = 0;
    for (int k = d[0] == 0 ? 1 : 0; k < digits; k++) {
      national = national * 10 + d[k];
    }
    Phonenumber.PhoneNumber number =
        new Phonenumber.PhoneNumber()
            .setCountryCode(region.equals("CN") ? 86 : 1)
            .setNationalNumber(national);
    return UTIL.isValidNumber(number) ? number : null;
  }
}
