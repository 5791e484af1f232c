package io.provscan.detect.pii;

/** Parsing and ranges of IPv6 text forms (RFC 4291 §2.2, RFC 4193, RFC 3849, RFC 4291 §2.5). */
final class Ipv6Text {
  private Ipv6Text() {}

  /** The eight 16-bit groups of an address, or null when {@code s} is not one. */
  static int[] parse(String s) {
    int gap = s.indexOf("::");
    if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
      return null;
    }
    if (!hasDigit(s) || s.length() < 3) {
      return null; // "abc::def" is a C++ name more often than an address
    }
    int[] head = gap < 0 ? groups(s) : groups(s.substring(0, gap));
    int[] tail = gap < 0 ? new int[0] : groups(s.substring(gap + 2));
    if (head == null || tail == null) {
      return null;
    }
    int n = head.length + tail.length;
    if (gap < 0 ? n != 8 : n > 7) {
      return null;
    }
    int[] out = new int[8];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(tail, 0, out, 8 - tail.length, tail.length);
    return out;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Chars.digit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Groups separated by single colons; an IPv4 tail counts as two groups. */
  private static int[] groups(String s) {
    if (s.isEmpty()) {
      return new int[0];
    }
    String[] parts = s.split(":", -1);
    int dots = s.indexOf('.');
    int n = parts.length + (dots >= 0 ? 1 : 0);
    if (n > 8) {
      return null;
    }
    int[] out = new int[n];
    for (int k = 0; k < parts.length; k++) {
      String p = parts[k];
      if (p.indexOf('.') >= 0) {
        if (k != parts.length - 1 || !v4(p, out, k)) {
          return null;
        }
      } else if (p.isEmpty() || p.length() > 4 || !allHex(p)) {
        return null;
      } else {
        out[k] = Integer.parseInt(p, 16);
      }
    }
    return out;
  }

  private static boolean v4(String p, int[] out, int k) {
    String[] o = p.split("\\.", -1);
    if (o.length != 4) {
      return false;
    }
    int[] v = new int[4];
    for (int i = 0; i < 4; i++) {
      if (o[i].isEmpty() || o[i].length() > 3 || !o[i].chars().allMatch(Character::isDigit)) {
        return false;
      }
      v[i] = Integer.parseInt(o[i]);
      if (v[i] > 255) {
        return false;
      }
    }
    out[k] = v[0] << 8 | v[1];
    out[k + 1] = v[2] << 8 | v[3];
    return true;
  }

  private static boolean allHex(String p) {
    for (int i = 0; i < p.length(); i++) {
      if (!Chars.hex(p.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The special-purpose range of an address, or null for a global one. */
  static String range(int[] g) {
    boolean zeroHead = g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0;
    if (zeroHead && g[5] == 0 && g[6] == 0 && g[7] <= 1) {
      return g[7] == 1 ? "loopback" : "unspecified";
    }
    if (zeroHead && g[5] == 0xffff) {
      return IpAddress.v4Range(new int[] {g[6] >> 8, g[6] & 255, g[7] >> 8, g[7] & 255});
    }
    if ((g[0] & 0xffc0) == 0xfe80) {
      return "link-local";
    }
    if ((g[0] & 0xfe00) == 0xfc00) {
      return "private"; // unique local addresses, RFC 4193
    }
    if (g[0] == 0x2001 && g[1] == 0x0db8) {
      return "documentation";
    }
    if ((g[0] & 0xff00) == 0xff00) {
      return "multicast";
    }
    return null;
  }

  /** The first two groups, then {@code :*}. */
  static String mask(String s) {
    int first = s.indexOf(':');
    int second = first < 0 ? -1 : s.indexOf(':', first + 1);
    return (second < 0 ? s.substring(0, Math.max(first, 0)) : s.substring(0, second)) + ":*";
  }
}
