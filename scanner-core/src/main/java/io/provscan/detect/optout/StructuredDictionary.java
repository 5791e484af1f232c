package io.provscan.detect.optout;

import static io.provscan.detect.optout.FieldCursor.isAlpha;
import static io.provscan.detect.optout.FieldCursor.isDigit;
import static io.provscan.detect.optout.FieldCursor.isLcAlpha;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A parser for RFC 9651 Structured Field Dictionaries (§4.2.2), the syntax of AIPREF's {@code
 * Content-Usage}. Strict as the RFC asks: any syntax error fails the whole field (§4.2: "fail
 * parsing"), and the caller then treats every preference as unknown. Values are kept as their kind
 * and text; parameters are parsed and dropped, since AIPREF says unknown parameters are ignored. A
 * key given twice keeps its last value (§4.2.2). The grammar is here; the position and the
 * character classes are {@link FieldCursor}.
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

  private final FieldCursor at;

  private StructuredDictionary(String field) {
    this.at = new FieldCursor(field);
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
    at.skipSp();
    while (!at.atEnd()) {
      String key = key();
      Value value = new Value(Kind.BOOLEAN, "true");
      if (at.peek() == '=') {
        at.advance();
        value = at.peek() == '(' ? innerList() : bareItem();
      }
      parameters();
      members.remove(key);
      members.put(key, value);
      at.skipOws();
      if (at.atEnd()) {
        return members;
      }
      at.expect(',');
      at.skipOws();
      if (at.atEnd()) {
        throw at.fail("trailing comma");
      }
    }
    return members;
  }

  private String key() {
    char c = at.peek();
    if (!(isLcAlpha(c) || c == '*')) {
      throw at.fail("key must start with a-z or *");
    }
    return at.takeWhile(FieldCursor::isKeyChar);
  }

  private Value bareItem() {
    char c = at.peek();
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
    throw at.fail("unknown item type");
  }

  private Value innerList() {
    int start = at.position();
    at.expect('(');
    while (true) {
      at.skipSp();
      if (at.peek() == ')') {
        at.advance();
        parameters();
        return new Value(Kind.INNER_LIST, at.since(start));
      }
      bareItem();
      parameters();
      char c = at.peek();
      if (c != ' ' && c != ')') {
        throw at.fail("inner list item not followed by space or )");
      }
    }
  }

  private void parameters() {
    while (at.peek() == ';') {
      at.advance();
      at.skipSp();
      key();
      if (at.peek() == '=') {
        at.advance();
        bareItem();
      }
    }
  }

  private Value number() {
    int start = at.position();
    if (at.peek() == '-') {
      at.advance();
    }
    if (!isDigit(at.peek())) {
      throw at.fail("number without digits");
    }
    at.takeWhile(c -> isDigit(c) || c == '.');
    if (at.position() - start > 20) {
      throw at.fail("number too long");
    }
    return new Value(Kind.NUMBER, at.since(start));
  }

  private Value string() {
    StringBuilder out = new StringBuilder();
    at.advance();
    while (!at.atEnd()) {
      char c = at.next();
      if (c == '\\') {
        char escaped = at.next();
        if (escaped != '"' && escaped != '\\') {
          throw at.fail("bad escape");
        }
        out.append(escaped);
      } else if (c == '"') {
        return new Value(Kind.STRING, out.toString());
      } else if (c < 0x20 || c > 0x7e) {
        throw at.fail("non-printable character in string");
      } else {
        out.append(c);
      }
    }
    throw at.fail("unterminated string");
  }

  private Value token() {
    int start = at.position();
    at.advance();
    at.takeWhile(FieldCursor::isTokenChar);
    return new Value(Kind.TOKEN, at.since(start));
  }

  private Value bool() {
    at.advance();
    char c = at.next();
    if (c != '0' && c != '1') {
      throw at.fail("boolean must be ?0 or ?1");
    }
    return new Value(Kind.BOOLEAN, c == '1' ? "true" : "false");
  }

  private Value bytes() {
    int start = at.position();
    at.advance();
    at.takeWhile(c -> c != ':');
    at.expect(':');
    return new Value(Kind.BYTES, at.since(start));
  }
}
