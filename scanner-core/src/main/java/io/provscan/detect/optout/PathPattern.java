package io.provscan.detect.optout;

/**
 * A robots.txt-style path pattern (RFC 9309 §2.2.3): {@code *} matches any run of characters, a
 * final {@code $} anchors the end, anything else matches itself, case-sensitively. Both pattern and
 * path are compared with percent-encoded unreserved characters decoded, as TDMRep §3.1 and RFC 9309
 * §2.2.2 ask. Matching is linear in the path for each {@code *} segment: no backtracking.
 *
 * @param pattern the pattern, normalised
 */
record PathPattern(String pattern) {
  /** A pattern from its text as written; an empty pattern matches nothing. */
  static PathPattern of(String raw) {
    return new PathPattern(Percent.decodeUnreserved(raw.strip()));
  }

  /** The specificity of a match (RFC 9309 §2.2.2: the number of octets in the pattern). */
  int length() {
    return pattern.length();
  }

  /** True when the pattern matches {@code path} (path and query, as sent). */
  boolean matches(String path) {
    if (pattern.isEmpty()) {
      return false;
    }
    String p = Percent.decodeUnreserved(path);
    boolean anchored = pattern.endsWith("$");
    String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    String[] parts = body.split("\\*", -1);
    if (!p.startsWith(parts[0])) {
      return false;
    }
    int pos = parts[0].length();
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      if (anchored && i == parts.length - 1) {
        return p.length() - part.length() >= pos && p.endsWith(part);
      }
      int at = p.indexOf(part, pos);
      if (at < 0) {
        return false;
      }
      pos = at + part.length();
    }
    return !anchored || pos == p.length();
  }

  /** Percent-encoding of unreserved characters (RFC 3986 §2.3), undone for comparison. */
  static final class Percent {
    private Percent() {}

    static String decodeUnreserved(String s) {
      if (s.indexOf('%') < 0) {
        return s;
      }
      StringBuilder out = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '%' && i + 2 < s.length()) {
          int v = hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2));
          if (v >= 0 && unreserved((char) v)) {
            out.append((char) v);
            i += 2;
            continue;
          }
        }
        out.append(c);
      }
      return out.toString();
    }

    private static int hex(char c) {
      int d = Character.digit(c, 16);
      return d < 0 ? -1000 : d;
    }

    private static boolean unreserved(char c) {
      return (c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~';
    }
  }
}
