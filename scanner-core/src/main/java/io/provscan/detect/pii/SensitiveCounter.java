package io.provscan.detect.pii;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts sensitive-category terms that speak about a person: a term counts only when a person word
 * ({@code 我}, {@code 患者}, {@code my}, {@code patient}…) is within {@value #WINDOW} characters, so a
 * news report on cancer research is not a health record. An age under 14 ({@code 8岁}, {@code 10
 * years old}) counts as {@code MINOR} under the same rule (PIPL Art. 28 and 31: under 14).
 */
final class SensitiveCounter {
  /** Characters on each side of a term searched for a person word: {@value}. */
  static final int WINDOW = 30;

  /** Youngest age that is no longer a minor in the sense of PIPL Art. 28: {@value}. */
  static final int MINOR_AGE_LIMIT = 14;

  private static final String CN_NUMERALS = "零一二两三四五六七八九十";

  private final Set<SensitiveCategory> categories;
  private final long mask;

  SensitiveCounter(Set<SensitiveCategory> categories) {
    this.categories = Set.copyOf(categories);
    long m = 0;
    for (SensitiveCategory c : categories) {
      m |= Roles.category(c);
    }
    this.mask = m;
  }

  boolean enabled() {
    return mask != 0;
  }

  Map<String, Integer> count(String text, KeywordHits hits) {
    Map<String, Integer> counts = new TreeMap<>();
    for (int h = 0; h < hits.size(); h++) {
      long role = hits.role(h) & mask;
      if ((hits.role(h) & Roles.AGE) != 0 && categories.contains(SensitiveCategory.MINOR)) {
        int age = ageBefore(text, hits.begin(h));
        if (age > 0 && age < MINOR_AGE_LIMIT && !TechnicalSenses.thingsAge(text, hits.begin(h))) {
          role |= Roles.category(SensitiveCategory.MINOR);
        }
      }
      if (role != 0 && TechnicalSenses.technical(text, hits.begin(h), hits.end(h))) {
        role = 0;
      }
      if (role != 0 && aboutPerson(text, hits, h)) {
        for (SensitiveCategory c : SensitiveCategory.values()) {
          if ((role & Roles.category(c)) != 0) {
            counts.merge(c.name(), 1, Integer::sum);
          }
        }
      }
    }
    return counts;
  }

  private static final long MINOR = Roles.category(SensitiveCategory.MINOR);

  /** Every category's bit. */
  private static final long CATEGORIES = categories();

  private static long categories() {
    long m = 0;
    for (SensitiveCategory c : SensitiveCategory.values()) {
      m |= Roles.category(c);
    }
    return m;
  }

  /**
   * True when a person is in the term's window: a person word in a personal sense, an age ({@code
   * 34岁}, {@code 34 years old}), or a masked name ({@code 王某}, as court and hospital records write
   * one): {@code 王某，34岁，被诊断为高血压} is about someone though no pronoun is near.
   */
  private static boolean aboutPerson(String text, KeywordHits hits, int h) {
    int begin = hits.begin(h);
    int from = begin - WINDOW;
    int to = hits.end(h) + WINDOW;
    for (int k = hits.firstEndingAfter(from); k < hits.size() && hits.end(k) <= to; k++) {
      if (k == h || hits.begin(k) < from || hits.begin(k) == begin) {
        continue;
      }
      long role = hits.role(k);
      // a term that names a person itself ("child") does not vouch for its own category
      if ((role & Roles.PERSON) != 0
          && (role & hits.role(h) & CATEGORIES) == 0
          && !TechnicalSenses.notAPerson(text, hits.begin(k), hits.end(k))) {
        return true;
      }
      if ((role & Roles.AGE) != 0 && ageBefore(text, hits.begin(k)) > 0) {
        return true;
      }
    }
    return maskedName(text, Math.max(0, from), Math.min(text.length(), to));
  }

  /** Words that make {@code 某} "some", not a masked given name: 某些, 某种, 某个, 某天. */
  private static final String NOT_A_NAME_AFTER = "些种个天日年月地处项位方一次类";

  /** A listed surname followed by {@code 某} (and not by 某些, 某种…) in {@code [from, to)}. */
  static boolean maskedName(String text, int from, int to) {
    for (int i = Math.max(from, 1); i < to; i++) { // within the window only: linear in the text
      if (text.charAt(i) == '某'
          && NOT_A_NAME_AFTER.indexOf(Chars.at(text, i + 1)) < 0
          && NameData.BUNDLED.zhSurnameWords.contains(text, i - 1, 1)) {
        return true;
      }
    }
    return false;
  }

  /** The age written just before an age unit ({@code 8岁}, {@code 十三岁}, {@code 10 years}), or -1. */
  static int ageBefore(String text, int unit) {
    int p = unit;
    if (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '-')) {
      p--;
    }
    int end = p;
    while (p > 0 && end - p < 3 && Chars.digit(text.charAt(p - 1))) {
      p--;
    }
    if (p < end) {
      char before = Chars.at(text, p - 1);
      // 1.10 years: a version or a duration, not an age
      return Chars.word(before) || before == '.' ? -1 : Integer.parseInt(text, p, end, 10);
    }
    while (p > 0 && end - p < 3 && CN_NUMERALS.indexOf(text.charAt(p - 1)) >= 0) {
      p--;
    }
    return p < end ? chinese(text.substring(p, end)) : -1;
  }

  /** The value of a Chinese numeral up to 99 ({@code 八}, {@code 十三}, {@code 二十}). */
  static int chinese(String s) {
    int ten = s.indexOf('十');
    if (ten < 0) {
      return s.length() == 1 ? digit(s.charAt(0)) : -1;
    }
    int tens = ten == 0 ? 1 : digit(s.charAt(ten - 1));
    int units = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
    return tens < 0 || units < 0 ? -1 : tens * 10 + units;
  }

  private static int digit(char c) {
    if (c == '两') {
      return 2;
    }
    int d = "零一二三四五六七八九".indexOf(c);
    return d;
  }
}
