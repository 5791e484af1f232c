package io.provscan.detect.pii;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * International Bank Account Numbers (ISO 13616): country code, two check digits, the national
 * account (BBAN) of the length that country registered, MOD 97-10 over the whole. Written in one
 * run or in groups of four separated by single spaces, in upper or lower case (people type {@code
 * de89 3704 …}; the country's length and MOD 97 are checked on the upper-cased value).
 */
final class Iban implements TypeRule.WordRule {
  /** Lengths of the IBAN registry (SWIFT), country by country. */
  private static final Map<String, Integer> LENGTHS = lengths();

  /** The longest IBAN of the registry: 34 characters. */
  static final int MAX = 34;

  @Override
  public boolean mayStartWith(char c) {
    return Chars.letter(c);
  }

  @Override
  public Candidate match(String text, int start, int end) {
    if (!Chars.letter(text.charAt(start))
        || !Chars.letter(Chars.at(text, start + 1))
        || !Chars.digit(Chars.at(text, start + 2))
        || !Chars.digit(Chars.at(text, start + 3))) {
      return null;
    }
    Integer length = LENGTHS.get(text.substring(start, start + 2).toUpperCase(Locale.ROOT));
    if (length == null) {
      return null;
    }
    StringBuilder iban = new StringBuilder(MAX);
    int p = start;
    int group = 0;
    while (p < text.length() && iban.length() < length) {
      char c = text.charAt(p);
      if (Chars.digit(c) || Chars.letter(c)) {
        iban.append(Character.toUpperCase(c));
        group++;
        p++;
      } else if (c == ' ' && group == 4 && Chars.alnum(Chars.at(text, p + 1))) {
        group = 0;
        p++;
      } else {
        break;
      }
    }
    if (iban.length() != length || Chars.word(Chars.at(text, p)) || !Checksums.ibanMod97(iban)) {
      return null;
    }
    return new Candidate(
        PiiType.IBAN_CODE,
        start,
        p,
        0.95,
        Candidate.ContextRule.PROVEN,
        iban.substring(0, 2),
        Masks.keep(text, start, p, 4, 4));
  }

  /** True for a complete IBAN without spaces. */
  static boolean valid(String iban) {
    Integer length = iban.length() < 2 ? null : LENGTHS.get(iban.substring(0, 2));
    return length != null && iban.length() == length && Checksums.ibanMod97(iban);
  }

  private static Map<String, Integer> lengths() {
    String table =
        "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27"
            + " DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21"
            + " HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27"
            + " MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24"
            + " RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22"
            + " VG24 XK20 YE30";
    Map<String, Integer> m = new HashMap<>();
    for (String e : table.split(" ")) {
      m.put(e.substring(0, 2), Integer.parseInt(e.substring(2)));
    }
    return Map.copyOf(m);
  }
}
