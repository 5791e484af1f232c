package io.provscan.detect.pii;

import java.util.List;

/**
 * Reads one run of digit groups ({@link NumberToken}) where {@link Lexer} found a digit, and offers
 * its spans to the number rules, longest first. Each character of the run is read once here and at
 * most {@value NumberToken#MAX_DIGITS} times by span checks. Reuses one token for a whole text: not
 * thread-safe, one per scan.
 */
final class NumberReader {
  private final NumberToken token;
  private final char[] chars;
  private final int n;
  private final EnabledRules rules;
  private final List<Candidate> out;

  /**
   * A reader into {@code token} (reused for every run of the text), whose text's characters {@code
   * chars} holds, offering spans to {@code rules} and adding candidates to {@code out}.
   */
  NumberReader(NumberToken token, char[] chars, EnabledRules rules, List<Candidate> out) {
    this.token = token;
    this.chars = chars;
    this.n = chars.length;
    this.rules = rules;
    this.out = out;
  }

  /**
   * Reads the token that starts at {@code tokenStart} (a {@code +} or {@code (} before its first
   * digit at {@code first} belongs to it), adds the candidates of its spans, and returns where the
   * scan goes on.
   */
  int read(int tokenStart, int first) {
    token.reset(tokenStart, chars[tokenStart] == '+', gluedBefore(tokenStart));
    int p = groups(first);
    token.rightGlued = gluedAfter(p);
    token.seal();
    spans();
    if (token.count == NumberToken.MAX_GROUPS && p < n && Chars.digit(chars[p])) {
      return p;
    }
    return Math.max(p, tokenStart + 1);
  }

  /** Adds the groups from {@code first} to the token; returns the end of the last one. */
  private int groups(int first) {
    int p = first;
    byte sep = NumberToken.NONE;
    while (true) {
      int g = p;
      while (p < n && Chars.digit(chars[p])) {
        p++;
      }
      boolean x = checkCharacter(g, p);
      if (x) {
        p++;
      }
      if (token.count == NumberToken.MAX_GROUPS) {
        return p; // cut: the rest starts a token of its own
      }
      token.add(g, p, sep, x);
      int q = separatorEnd(p);
      if (q == p) {
        return p;
      }
      sep = separatorCode(p, q);
      p = q;
    }
  }

  /**
   * True when an {@code X} after the group at {@code [g, p)} ends 17 digits: the MOD 11-2 check
   * character of a resident id (GB 11643), written as one run or grouped 6-8-4.
   */
  private boolean checkCharacter(int g, int p) {
    if ((Chars.at(chars, p) | 0x20) != 'x' || Chars.word(Chars.at(chars, p + 1))) {
      return false;
    }
    int before = token.count == 0 ? 0 : token.digits(0, token.count - 1);
    return p - g == 17 || (p - g == 3 && before == 14);
  }

  /** After a group: the end of a 1–3 character separator that a digit follows, else {@code p}. */
  private int separatorEnd(int p) {
    int q = p;
    int dots = 0;
    while (q < n && q - p < 3) {
      char c = chars[q];
      if (c == '.') {
        dots++;
      } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '\u00A0') {
        break;
      }
      q++;
    }
    if (q == p || dots > 1 || q >= n || !Chars.digit(chars[q])) {
      return p;
    }
    return q;
  }

  private byte separatorCode(int p, int q) {
    if (q - p > 1) {
      return NumberToken.MIXED;
    }
    switch (chars[p]) {
      case ' ':
      case '\u00A0':
        return NumberToken.SPACE;
      case '-':
        return NumberToken.DASH;
      case '.':
        return NumberToken.DOT;
      default:
        return NumberToken.MIXED;
    }
  }

  /**
   * Letters or digits just before, or {@code .}/{@code -} joining a word: part of a longer code.
   */
  private boolean gluedBefore(int start) {
    char b = Chars.at(chars, start - 1);
    if (Chars.word(b)) {
      return true;
    }
    return (b == '.' || b == '-' || b == '/') && Chars.alnum(Chars.at(chars, start - 2));
  }

  private boolean gluedAfter(int end) {
    char a = Chars.at(chars, end);
    if ((a | 0x20) == 'x' && extension(end + 1)) {
      return false; // 650.253.0000x12: a telephone extension, not a longer code
    }
    if (Chars.word(a)) {
      return true;
    }
    return (a == '.' || a == '-' || a == '/') && Chars.alnum(Chars.at(chars, end + 1));
  }

  /** One to five digits from {@code from}, then no letter or digit: an extension's number. */
  private boolean extension(int from) {
    int p = from;
    while (p < n && p - from < 6 && Chars.digit(chars[p])) {
      p++;
    }
    return p > from && p - from <= 5 && !Chars.word(Chars.at(chars, p));
  }

  /** Tries spans of the token, longest first from each group; a match consumes its groups. */
  private void spans() {
    int count = token.count;
    int i = 0;
    while (i < count) {
      int matched = -1;
      int last = i;
      while (last + 1 < count && token.digits(i, last + 1) <= NumberToken.MAX_DIGITS) {
        last++;
      }
      for (int j = last; j >= i && matched < 0; j--) {
        int digits = token.digits(i, j);
        byte code = token.code(i, j);
        if (digits <= NumberToken.MAX_DIGITS && token.closed(i, j, code)) {
          Candidate c = rules.number(token, i, j, digits, code);
          if (c != null) {
            out.add(c);
            matched = j;
          }
        }
      }
      i = matched >= 0 ? matched + 1 : i + 1;
    }
  }
}
