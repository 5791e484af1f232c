package io.provscan.detect.pii;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

/**
 * The rules of the enabled types, sorted by entry point, in the order {@link PiiType} declares
 * them: where two types' shapes overlap (a resident id and an 18-digit card number), the type
 * declared first is asked first, and a value it takes is not offered to the others. Held in arrays:
 * the scan consults them at every number and at most word starts. Immutable.
 */
final class EnabledRules {
  private TypeRule.NumberRule[] numbers = new TypeRule.NumberRule[0];

  /** Per ASCII character: the word rules whose values may start with it, in declared order. */
  private final TypeRule.WordRule[][] wordsByStart = new TypeRule.WordRule[128][0];

  private TypeRule.AtSignRule email;
  private TypeRule.PemRule pem;
  private TypeRule.Ipv6Rule ipv6;
  private TypeRule.LabelRule label;

  EnabledRules(Set<PiiType> types, LocalDate today) {
    for (PiiType type : PiiType.values()) {
      if (types.contains(type)) {
        add(type.rule(today));
      }
    }
  }

  private void add(TypeRule rule) {
    if (rule instanceof TypeRule.NumberRule r) {
      numbers = Arrays.copyOf(numbers, numbers.length + 1);
      numbers[numbers.length - 1] = r;
    }
    if (rule instanceof TypeRule.WordRule r) {
      for (char c = 0; c < wordsByStart.length; c++) {
        if (r.mayStartWith(c)) {
          TypeRule.WordRule[] rules = Arrays.copyOf(wordsByStart[c], wordsByStart[c].length + 1);
          rules[rules.length - 1] = r;
          wordsByStart[c] = rules;
        }
      }
    }
    if (rule instanceof TypeRule.AtSignRule r && email == null) {
      email = r;
    }
    if (rule instanceof TypeRule.PemRule r && pem == null) {
      pem = r;
    }
    if (rule instanceof TypeRule.LabelRule r && label == null) {
      label = r;
    }
    if (rule instanceof TypeRule.Ipv6Rule r && ipv6 == null) {
      ipv6 = r;
    }
  }

  Candidate number(NumberToken t, int i, int j, int digits, byte code) {
    for (TypeRule.NumberRule rule : numbers) {
      Candidate c = rule.match(t, i, j, digits, code);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /**
   * The word rules' candidate at a word start ({@code start} is at the ASCII letter {@code first}).
   */
  Candidate word(String text, char first, int start, int end) {
    if (end - start < TypeRule.WordRule.MIN_WORD) {
      return null;
    }
    for (TypeRule.WordRule rule : wordsByStart[first]) {
      Candidate c = rule.match(text, start, end);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  Candidate email(String text, int at) {
    return email == null ? null : email.at(text, at);
  }

  Candidate pem(String text, int start) {
    return pem == null ? null : pem.pem(text, start);
  }

  Candidate afterLabel(String text, int colon) {
    return label == null ? null : label.afterLabel(text, colon);
  }

  Candidate ipv6(String text, int start) {
    return ipv6 == null ? null : ipv6.v6(text, start);
  }
}
