package io.provscan.detect.license;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An SPDX licence expression (SPDX specification Annex D): ids, {@code LicenseRef-…}, the {@code +}
 * suffix, {@code WITH} an exception, {@code AND}, {@code OR} and parentheses; {@code AND} binds
 * tighter than {@code OR}. Operators are accepted in any case (the specification asks for upper
 * case; real files do not always comply). A malformed expression is an {@link
 * IllegalArgumentException} with what is wrong, which the detectors report, never throw.
 */
sealed interface SpdxExpression {
  /** Longest expression parsed, in characters: {@value}. */
  int MAX_LENGTH = 2_000;

  /** A licence id (with {@code +} when later versions are allowed). */
  record Id(String id, boolean plus) implements SpdxExpression {}

  /** A licence with an exception. */
  record With(SpdxExpression license, String exception) implements SpdxExpression {}

  /** Every part applies. */
  record And(List<SpdxExpression> parts) implements SpdxExpression {}

  /** Any one part may be chosen. */
  record Or(List<SpdxExpression> parts) implements SpdxExpression {}

  /**
   * Parses an expression.
   *
   * @throws IllegalArgumentException saying what is malformed
   */
  static SpdxExpression parse(String text) {
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("longer than " + MAX_LENGTH + " characters");
    }
    Parser p = new Parser(tokens(text));
    SpdxExpression e = p.or();
    if (p.pos < p.tokens.size()) {
      throw new IllegalArgumentException("unexpected '" + p.tokens.get(p.pos) + "'");
    }
    return e;
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        out.add(String.valueOf(c));
        i++;
      } else if (isIdChar(c)) {
        int j = i;
        while (j < s.length() && isIdChar(s.charAt(j))) {
          j++;
        }
        out.add(s.substring(i, j));
        i = j;
      } else {
        throw new IllegalArgumentException("character '" + c + "' is not allowed");
      }
    }
    return out;
  }

  private static boolean isIdChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '-'
        || c == '+'
        || c == ':';
  }

  /** Recursive descent over the tokens. */
  final class Parser {
    private final List<String> tokens;
    private int pos;

    Parser(List<String> tokens) {
      this.tokens = tokens;
    }

    SpdxExpression or() {
      List<SpdxExpression> parts = new ArrayList<>();
      parts.add(and());
      while (is("OR")) {
        pos++;
        parts.add(and());
      }
      return parts.size() == 1 ? parts.get(0) : new Or(parts);
    }

    private SpdxExpression and() {
      List<SpdxExpression> parts = new ArrayList<>();
      parts.add(with());
      while (is("AND")) {
        pos++;
        parts.add(with());
      }
      return parts.size() == 1 ? parts.get(0) : new And(parts);
    }

    private SpdxExpression with() {
      SpdxExpression license = primary();
      if (is("WITH")) {
        pos++;
        String exception = next("an exception id after WITH");
        if (isOperator(exception) || exception.equals("(") || exception.equals(")")) {
          throw new IllegalArgumentException("an exception id must follow WITH");
        }
        return new With(license, exception);
      }
      return license;
    }

    private SpdxExpression primary() {
      String t = next("a licence id");
      if (t.equals("(")) {
        SpdxExpression inner = or();
        if (!is(")")) {
          throw new IllegalArgumentException("a ')' is missing");
        }
        pos++;
        return inner;
      }
      if (t.equals(")") || isOperator(t)) {
        throw new IllegalArgumentException("a licence id is missing before '" + t + "'");
      }
      boolean plus = t.endsWith("+") && t.length() > 1;
      String id = plus ? t.substring(0, t.length() - 1) : t;
      if (id.contains("+")) {
        throw new IllegalArgumentException("'" + t + "' is not a licence id");
      }
      return new Id(id, plus);
    }

    private String next(String what) {
      if (pos >= tokens.size()) {
        throw new IllegalArgumentException(what + " is missing at the end");
      }
      return tokens.get(pos++);
    }

    private boolean is(String operator) {
      return pos < tokens.size() && tokens.get(pos).toUpperCase(Locale.ROOT).equals(operator);
    }

    private static boolean isOperator(String t) {
      String u = t.toUpperCase(Locale.ROOT);
      return u.equals("AND") || u.equals("OR") || u.equals("WITH");
    }
  }
}
