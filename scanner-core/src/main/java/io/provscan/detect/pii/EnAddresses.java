package io.provscan.detect.pii;

import java.util.Set;

/**
 * English street addresses: a house number, one to four capitalised words and a listed street
 * suffix ({@code 221 Baker Street}), then optionally a unit ({@code Apt 4}, {@code Suite 680}), a
 * city, a two-letter state and a ZIP code. A ZIP or postcode alone is not an address. Confidence
 * {@value #WITH_CITY} with a city or ZIP after the street, {@value #STREET} without. Masked but for
 * the street suffix and the city and state.
 */
final class EnAddresses {
  static final double WITH_CITY = 0.9;
  static final double STREET = 0.75;

  private static final Set<String> UNITS =
      Set.of("Apt", "Apartment", "Suite", "Ste", "Unit", "Floor", "Fl", "Room", "Rm", "#");

  private static final TokenSet ORDINAL_ENDS = new TokenSet(Set.of("st", "nd", "rd", "th"));

  private final NameData data;

  EnAddresses(NameData data) {
    this.data = data;
  }

  /** The address whose house number starts at {@code i}, or null. */
  Candidate at(String text, int i) {
    int p = i;
    while (p < text.length() && p - i < 6 && Chars.digit(text.charAt(p))) {
      p++;
    }
    if (p == i || p - i > 5 || Chars.word(Chars.at(text, p)) || Chars.at(text, p) != ' ') {
      return null;
    }
    int suffixStart = -1;
    int suffixEnd = -1;
    int q = p + 1;
    for (int words = 0; words < 5; words++) {
      int e = EnPersons.capitalised(text, q);
      if (e == q) {
        e = ordinal(text, q);
      }
      if (e == q) {
        break;
      }
      if (words > 0 && data.streetSuffixTokens.contains(text, q, e)) {
        suffixStart = q;
        suffixEnd = Chars.at(text, e) == '.' ? e + 1 : e;
        break;
      }
      if (Chars.at(text, e) != ' ') {
        break;
      }
      q = e + 1;
    }
    if (suffixStart < 0) {
      return null;
    }
    int end = unit(text, suffixEnd);
    int streetEnd = end;
    int cityEnd = city(text, end);
    double confidence = cityEnd > end ? WITH_CITY : STREET;
    StringBuilder masked = new StringBuilder();
    masked.append(Masks.keep(text, i, suffixStart, 0, 0));
    masked.append(text, suffixStart, suffixEnd);
    masked.append(Masks.keep(text, suffixEnd, streetEnd, 0, 0));
    masked.append(maskDigits(text, streetEnd, cityEnd));
    return new Candidate(
        PiiType.ADDRESS,
        i,
        cityEnd,
        confidence,
        Candidate.ContextRule.PROVEN,
        "en",
        masked.toString());
  }

  /** {@code 5th}, {@code 42nd}: end of an ordinal at {@code q}, or {@code q}. */
  private static int ordinal(String text, int q) {
    int e = q;
    while (Chars.digit(Chars.at(text, e)) && e - q < 4) {
      e++;
    }
    if (e == q) {
      return q;
    }
    return ORDINAL_ENDS.contains(text, e, Math.min(text.length(), e + 2))
            && !Chars.word(Chars.at(text, e + 2))
        ? e + 2
        : q;
  }

  /** End of {@code , Apt 4B} after the street, or {@code p}. */
  private static int unit(String text, int p) {
    int q = p;
    if (Chars.at(text, q) == ',') {
      q++;
    }
    while (Chars.at(text, q) == ' ' && q < text.length()) {
      q++;
    }
    int e = q;
    while (Chars.letter(Chars.at(text, e)) || Chars.at(text, e) == '#') {
      e++;
    }
    if (e == q || !UNITS.contains(text.substring(q, e))) {
      return p;
    }
    int v = Chars.at(text, e) == '.' ? e + 1 : e;
    while (Chars.at(text, v) == ' ' && v - e < 2) {
      v++;
    }
    int w = v;
    while (Chars.alnum(Chars.at(text, w)) || Chars.at(text, w) == '-') {
      w++;
    }
    return w > v && Chars.digit(text.charAt(v)) ? w : p;
  }

  /** End of {@code , Springfield, IL 62704} (city, optional state, ZIP), or {@code p}. */
  private static int city(String text, int p) {
    int q = p;
    if (Chars.at(text, q) != ',') {
      return p;
    }
    q++;
    while (Chars.at(text, q) == ' ' && q < text.length()) {
      q++;
    }
    int e = q;
    for (int words = 0; words < 3; words++) {
      int w = EnPersons.capitalised(text, e);
      if (w == e) {
        break;
      }
      e = w;
      if (Chars.at(text, e) == ' '
          && Chars.upper(Chars.at(text, e + 1))
          && Chars.lower(Chars.at(text, e + 2))) {
        e++;
      } else {
        break;
      }
    }
    if (e == q) {
      return p;
    }
    int r = e;
    if (Chars.at(text, r) == ',') {
      r++;
    }
    if (Chars.at(text, r) == ' '
        && Chars.upper(Chars.at(text, r + 1))
        && Chars.upper(Chars.at(text, r + 2))
        && !Chars.word(Chars.at(text, r + 3))) {
      r += 3;
      e = r;
      int z = zip(text, r);
      return z > r ? z : e;
    }
    int z = zip(text, r);
    return z > r ? z : e;
  }

  private static int zip(String text, int p) {
    if (Chars.at(text, p) != ' ') {
      return p;
    }
    int q = p + 1;
    int e = q;
    while (Chars.digit(Chars.at(text, e)) && e - q < 5) {
      e++;
    }
    if (e - q != 5) {
      return p;
    }
    if (Chars.at(text, e) == '-' && Chars.digit(Chars.at(text, e + 1))) {
      int f = e + 1;
      while (Chars.digit(Chars.at(text, f)) && f - e <= 4) {
        f++;
      }
      e = f - e == 5 ? f : e;
    }
    return Chars.word(Chars.at(text, e)) ? p : e;
  }

  private static String maskDigits(String text, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      sb.append(Chars.digit(c) ? '*' : c);
    }
    return sb.toString();
  }
}
