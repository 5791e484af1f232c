package io.provscan.detect.pii;

import java.util.List;

/**
 * The prefilter and candidate extractor: one left-to-right pass over the text that stops only at
 * digits, word starts, {@code @}, {@code +}, {@code (}, {@code -----}, {@code ::} and colons after
 * a label ({@code 密钥：}), and hands what it reads there to the type rules. No regular expression
 * runs here, so there is nothing to backtrack: every character is read a bounded number of times
 * (number tokens once by the loop and at most {@value NumberToken#MAX_DIGITS} times by span checks;
 * words once; e-mail addresses within their RFC 5321 length bounds). This is a hand-written scanner
 * on purpose and says so.
 */
final class Lexer {
  /**
   * Candidates after which the scan stops: twice the findings an item may report, so that context
   * can still drop half of them. Bounds the validators' work on text made of nothing but values.
   */
  static final int MAX_CANDIDATES = 2 * PiiDetector.MAX_FINDINGS;

  /** Characters scanned per call of the inner loop: {@value}. */
  static final int SEGMENT = 1 << 16;

  /** {@code ：}, after which a Chinese label's value may follow ({@code 密钥：…}). */
  private static final char FULL_WIDTH_COLON = '\uff1a';

  /** The ASCII characters where a candidate may start. */
  private static final boolean[] STOP = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      STOP[c] = Chars.alnum(c) || "@+(-:".indexOf(c) >= 0;
    }
  }

  private final String text;
  private final char[] chars;
  private final int n;
  private final EnabledRules rules;
  private final List<Candidate> out;
  private final NumberReader numbers;

  /** A scan of {@code text}, whose characters {@code chars} holds too (only read). */
  Lexer(String text, char[] chars, EnabledRules rules, List<Candidate> out) {
    this.text = text;
    this.chars = chars; // array reads skip String.charAt's per-call checks
    this.n = text.length();
    this.rules = rules;
    this.out = out;
    this.numbers = new NumberReader(new NumberToken(text), chars, rules, out);
  }

  /** Scans the whole text, adding candidates in order of position. */
  void run() {
    int i = 0;
    while (i < n && out.size() < MAX_CANDIDATES) {
      i = run(i, Math.min(n, i + SEGMENT));
    }
  }

  /**
   * Scans from {@code i} until {@code limit} (a value found there may run past it); returns where
   * it stopped. Long texts are read in segments so that this method is compiled as a method, not
   * only as one long-running loop (on-stack replacement), which the JIT optimises less.
   */
  private int run(int from, int limit) {
    int i = from;
    char[] cs = chars;
    while (i < limit) {
      char c = cs[i];
      if (c >= 128) {
        i = c == FULL_WIDTH_COLON ? label(i) : i + 1;
      } else if (!STOP[c]) {
        i++; // the fast path: nothing starts here
      } else if (Chars.digit(c)) {
        i = number(i, i);
      } else if (Chars.letter(c)) {
        i = word(i);
      } else {
        i = punctuation(i, c);
      }
    }
    return i;
  }

  private int punctuation(int i, char c) {
    switch (c) {
      case '@':
        return at(i);
      case '+':
      case '(':
        return Chars.digit(Chars.at(chars, i + 1)) ? number(i, i + 1) : i + 1;
      case '-':
        return dash(i);
      case ':':
        return colon(i);
      default:
        return i + 1;
    }
  }

  // ---- numbers

  private int number(int tokenStart, int first) {
    if (tokenStart == first) {
      Candidate v6 = ipv6AtHexGroup(first);
      if (v6 != null) {
        out.add(v6);
        return v6.end();
      }
    }
    return numbers.read(tokenStart, first);
  }

  /** An IPv6 address when 1–4 hex digits and a colon start here ({@code 2001:db8::1}). */
  private Candidate ipv6AtHexGroup(int first) {
    int h = first;
    char[] cs = chars;
    while (h < n && h - first < 5 && Chars.hex(cs[h])) {
      h++;
    }
    return h - first <= 4 && h < n && cs[h] == ':' ? rules.ipv6(text, first) : null;
  }

  // ---- words, e-mail, keys, IPv6

  private int word(int start) {
    char[] cs = chars;
    int end = start + 1;
    while (end < n && Chars.word(cs[end])) {
      end++;
    }
    if (start > 0 && Chars.word(cs[start - 1])) {
      return end; // not a word start: the tail of a token such as 123abc
    }
    if (end - start <= 4 && end < n && cs[end] == ':' && allHex(start, end)) {
      Candidate v6 = rules.ipv6(text, start);
      if (v6 != null) {
        out.add(v6);
        return v6.end();
      }
    }
    Candidate c = rules.word(text, cs[start], start, end);
    if (c != null) {
      out.add(c);
      return Math.max(c.end(), end);
    }
    return end;
  }

  private boolean allHex(int start, int end) {
    for (int k = start; k < end; k++) {
      if (!Chars.hex(chars[k])) {
        return false;
      }
    }
    return true;
  }

  private int at(int i) {
    Candidate c = rules.email(text, i);
    if (c == null) {
      return i + 1;
    }
    // the local part was read already as words; drop what they produced inside the address
    while (!out.isEmpty() && out.get(out.size() - 1).end() > c.start()) {
      out.remove(out.size() - 1);
    }
    out.add(c);
    return c.end();
  }

  /** A value after a label and the colon at {@code i} ({@code 密钥：…}), or the next position. */
  private int label(int i) {
    Candidate c = rules.afterLabel(text, i);
    if (c == null) {
      return i + 1;
    }
    out.add(c);
    return c.end();
  }

  private int dash(int i) {
    if (Chars.at(chars, i + 1) == '-' && text.startsWith("-----BEGIN ", i)) {
      Candidate c = rules.pem(text, i);
      if (c != null) {
        out.add(c);
        return c.end();
      }
    }
    return i + 1;
  }

  private int colon(int i) {
    if (i > 0 && chars[i - 1] >= 128) {
      int next = label(i);
      if (next > i + 1) {
        return next;
      }
    }
    if (Chars.at(chars, i + 1) == ':' && !Chars.word(Chars.at(chars, i - 1))) {
      Candidate v6 = rules.ipv6(text, i);
      if (v6 != null) {
        out.add(v6);
        return v6.end();
      }
    }
    return i + 1;
  }
}
