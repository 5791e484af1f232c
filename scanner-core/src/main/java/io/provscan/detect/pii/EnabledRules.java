package io.provscan.detect.pii;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules of the enabled types, sorted by entry point, in the order {@link PiiType} declares
 * them: where two types' shapes overlap (a resident id and an 18-digit card number), the type
 * declared first is asked first, and a value it takes is not offered to the others. Immutable.
 */
final class EnabledRules {
  private final List<TypeRule.NumberRule> numbers = new ArrayList<>();
  private final List<TypeRule.WordRule> words = new ArrayList<>();
  private final boolean[] wordStarts = new boolean[128];
  private TypeRule.AtSignRule email;
  private TypeRule.PemRule pem;
  private TypeRule.Ipv6Rule ipv6;

  EnabledRules(Set<PiiType> types, LocalDate today) {
    for (PiiType type : PiiType.values()) {
      if (types.contains(type)) {
        add(type.rule(today));
      }
    }
  }

  private void add(TypeRule rule) {
    if (rule instanceof TypeRule.NumberRule r) {
      numbers.add(r);
    }
    if (rule instanceof TypeRule.WordRule r) {
      words.add(r);
      for (char c = 0; c < wordStarts.length; c++) {
        wordStarts[c] |= r.mayStartWith(c);
      }
    }
    if (rule instanceof TypeRule.AtSignRule r && email == null) {
      email = r;
    }
    if (rule instanceof TypeRule.PemRule r && pem == null) {
      pem = r;
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

  /** The word rules' candidate at a word start ({@code start} is at an ASCII letter). */
  Candidate word(String text, int start, int end) {
    if (end - start < TypeRule.WordRule.MIN_WORD || !wordStarts[text.charAt(start)]) {
      return null;
    }
    for (TypeRule.WordRule rule : words) {
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

  Candidate ipv6(String text, int start) {
    return ipv6 == null ? null : ipv6.v6(text, start);
  }
}
