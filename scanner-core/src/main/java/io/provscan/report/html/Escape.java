package io.provscan.report.html;

/**
 * HTML escaping for text content and double-quoted attribute values. Every string that came from
 * the corpus (file names, titles, licence names, URLs, header values, reasons) goes through here.
 *
 * <p>The five characters HTML gives meaning to ({@code & < > " '}) become character references
 * (OWASP XSS Prevention Cheat Sheet, rule 1 and 2: escape for the context, and quote attributes).
 * Control characters other than tab, newline and carriage return, and unpaired surrogates, are not
 * allowed in HTML documents (WHATWG HTML §13.1 "control" and "noncharacter" code points are parse
 * errors), so they become U+FFFD.
 */
public final class Escape {
  private Escape() {}

  /** {@code s} safe to put in text content or a double-quoted attribute; "" for null. */
  public static String html(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep = replacement(s, i, c);
      if (rep != null) {
        if (out == null) {
          out = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        out.append(rep);
        if (rep.isEmpty()) {
          out.append(c).append(s.charAt(++i));
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /** The replacement for the char at {@code i}; "" for a valid surrogate pair; null to keep. */
  private static String replacement(String s, int i, char c) {
    switch (c) {
      case '&':
        return "&amp;";
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '"':
        return "&quot;";
      case '\'':
        return "&#39;";
      default:
        break;
    }
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c < 0xa0) {
      return "\uFFFD";
    }
    if (Character.isHighSurrogate(c)) {
      boolean paired = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      return paired ? "" : "\uFFFD";
    }
    return Character.isLowSurrogate(c) ? "\uFFFD" : null;
  }
}
