package io.provscan.detect.optout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A parser for RFC 9651 Structured Field Dictionaries (§4.2.2), the syntax of AIPREF's {@code
 * Content-Usage}. Strict as the RFC asks: any syntax error fails the whole field (§4.2: "fail
 * parsing"), and the caller then treats every preference as unknown. Values are kept as their kind
 * and text; parameters are parsed and dropped, since AIPREF says unknown parameters are ignored. A
 * key given twice keeps its last value (§4.2.2).
 *
 * <p>This is a small state machine over one string, so it reads longer than most classes here.
 */
final class StructuredDictionary {
  /** The kind of a member's value. */
  enum Kind {
    TOKEN,
    STRING,
    BOOLEAN,
    NUMBER,
    BYTES,
    INNER_LIST
  }

  /**
   * One member's value.
   *
   * @param kind its kind
   * @param text its text ({@code ?1} is {@code true})
   */
  record Value(Kind kind, String text) {
    /** True when it is the Token {@code t}. */
    boolean isToken(String t) {
      return kind == Kind.TOKEN && text.equals(t);
    }
  }

  private final String s;
  private int i;

  private StructuredDictionary(String s) {
    this.s = s;
  }

  /** The members of {@code field}, in order; empty when it does not parse. */
  static Optional<Map<String, Value>> parse(String field) {
    try {
      return Optional.of(new StructuredDictionary(field).dictionary());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Map<String, Value> dictionary() {
    Map<String, Value> members = new LinkedHashMap<>();
    skipSp();
    while (i < s.length()) {
      String key = key();
      Value value;
      if (peek() == '=') {
        i++;
        value = peek() == '(' ? innerList() : bareItem();
      } else {
        value = new Value(Kind.BOOLEAN, "true");
      }
      parameters();
      members.remove(key);
      members.put(key, value);
      skipOws();
      if (i >= s.length()) {
        return members;
      }
      expect(',');
      skipOws();
      if (i >= s.length()) {
        throw fail("trailing comma");
      }
    }
    return members;
  }

  private String key() {
    char c = peek();
    if (!(isLcAlpha(c) || c == '*')) {
      throw fail("key must start with a-z or *");
    }
    int start = i;
    while (i < s.length() && isKeyChar(s.charAt(i))) {
      i++;
    }
    return s.substring(start, i);
  }

  private Value bareItem() {
    char c = peek();
    if (c == '-' || isDigit(c)) {
      return number();
    }
    if (c == '"') {
      return string();
    }
    if (isAlpha(c) || c == '*') {
      return token();
    }
    if (c == '?') {
      return bool();
    }
    if (c == ':') {
      return bytes();
    }
    throw fail("unknown item type");
  }

  private Value innerList() {
    int start = i;
    expect('(');
    while (true) {
      skipSp();
      if (peek() == ')') {
        i++;
        parameters();
        return new Value(Kind.INNER_LIST, s.substring(start, i));
      }
      bareItem();
      parameters();
      char c = peek();
      if (c != ' ' && c != ')') {
        throw fail("inner list item not followed by space or )");
      }
    }
  }

  private void parameters() {
    while (peek() == ';') {
      i++;
      skipSp();
      key();
      if (peek() == '=') {
        i++;
        bareItem();
      }
    }
  }

  private Value number() {
    int start = i;
    if (peek() == '-') {
      i++;
    }
    if (!isDigit(peek())) {
      throw fail("number without digits");
    }
    while (i < s.length() && (isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
      i++;
    }
    if (i - start > 20) {
      throw fail("number too long");
    }
    return new Value(Kind.NUMBER, s.substring(start, i));
  }

  private Value string() {
    StringBuilder out = new StringBuilder();
    i++;
    while (i < s.length()) {
      char c = s.charAt(i++);
      if (c == '\\') {
        char next = peek();
        if (next != '"' && next != '\\') {
          throw fail("bad escape");
        }
        out.append(next);
        i++;
      } else if (c == '"') {
        return new Value(Kind.STRING, out.toString());
      } else if (c < 0x20 || c > 0x7e) {
        throw fail("non-printable character in string");
      } else {
        out.append(c);
      }
    }
    throw fail("unterminated string");
  }

  private Value token() {
    int start = i++;
    while (i < s.length() && isTokenChar(s.charAt(i))) {
      i++;
    }
    return new Value(Kind.TOKEN, s.substring(start, i));
  }

  private Value bool() {
    i++;
    char c = peek();
    if (c != '0' && c != '1') {
      throw fail("boolean must be ?0 or ?1");
    }
    i++;
    return new Value(Kind.BOOLEAN, c == '1' ? "true" : "false");
  }

  private Value bytes() {
    int start = i++;
    while (i < s.length() && s.charAt(i) != ':') {
      i++;
    }
    expect(':');
    return new Value(Kind.BYTES, s.substring(start, i));
  }

  private char peek() {
    return i < s.length() ? s.charAt(i) : '\0';
  }

  private void expect(char c) {
    if (peek() != c) {
      throw fail("expected '" + c + "'");
    }
    i++;
  }

  private void skipSp() {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
  }

  private void skipOws() {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
  }

  private IllegalArgumentException fail(String why) {
    return new IllegalArgumentException(why + " at " + i);
  }

  private static boolean isLcAlpha(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isAlpha(char c) {
    return isLcAlpha(c) || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isKeyChar(char c) {
    return isLcAlpha(c) || isDigit(c) || c == '_' || c == '-' || c == '.' || c == '*';
  }

  /** RFC 9651 §3.3.4: tchar (RFC 9110), ':' and '/'. */
  private static boolean isTokenChar(char c) {
    return isAlpha(c) || isDigit(c) || "!#$%&'*+-.^_`|~:/".indexOf(c) >= 0;
  }
}
