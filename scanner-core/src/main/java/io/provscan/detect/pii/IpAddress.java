package io.provscan.detect.pii;

/**
 * IPv4 dotted quads and IPv6 addresses (RFC 4291 text forms, {@code ::} compression, an embedded
 * IPv4 tail). Public addresses are personal data when they identify a subscriber (GDPR Recital 30;
 * CJEU C-582/14 Breyer). Addresses of the special-purpose ranges (private RFC 1918 and RFC 4193,
 * loopback, link-local, documentation RFC 5737 and RFC 3849, shared, multicast, reserved,
 * unspecified) are not reported: they are assigned to no subscriber, so they identify no one
 * (datatrove keeps only {@code is_global} addresses for the same reason). A quad of single digits
 * reads like a version ({@code 1.2.3.4}), so it needs an IP context word (as BigCode's pipeline
 * decides).
 */
final class IpAddress implements TypeRule.NumberRule, TypeRule.Ipv6Rule {
  /** Longest IPv6 text form with an IPv4 tail: 45 characters. */
  static final int MAX_V6 = 45;

  @Override
  public Candidate match(NumberToken t, int i, int j, int digits, byte code) {
    if (code != NumberToken.DOT || j - i != 3 || (i == 0 && t.plus)) {
      return null;
    }
    int[] octets = new int[4];
    boolean tiny = true;
    for (int k = 0; k < 4; k++) {
      int len = t.length(i + k);
      if (len > 3 || (len > 1 && t.text.charAt(t.starts[i + k]) == '0')) {
        return null; // leading zeros read as octal in some parsers: not an address as written
      }
      int v = Integer.parseInt(t.text, t.starts[i + k], t.ends[i + k], 10);
      if (v > 255) {
        return null;
      }
      octets[k] = v;
      tiny &= len == 1;
    }
    if (v4Range(octets) != null) {
      return null; // a special-purpose address: no subscriber's
    }
    Candidate.ContextRule rule =
        tiny || versionLike(t, i, j, octets)
            ? Candidate.ContextRule.NEEDS_CONTEXT
            : Candidate.ContextRule.VETOABLE;
    return new Candidate(PiiType.IP_ADDRESS, t.starts[i], t.ends[j], 0.7, rule, null, mask4(t, i));
  }

  /** Greatest first part of a quad that may be a version number: {@value}. */
  static final int VERSION_MAJOR = 11;

  /** Greatest last part of a quad that may be a version number: {@value}. */
  static final int VERSION_LAST = 30;

  /**
   * True when a quad reads like a four-part version (changelogs: {@code dpkg (1.16.4.3)}, {@code
   * libX11 1.4.99.1}, {@code 2:1.0.99.4-1}): a Debian revision or an epoch joined to it, an opening
   * parenthesis or a comparison before it, a word with a digit before it (a package name), or small
   * first and last parts. Such a quad is reported only with an IP context word.
   */
  static boolean versionLike(NumberToken t, int i, int j, int[] octets) {
    String text = t.text;
    int start = t.starts[i];
    int end = t.ends[j];
    char after = Chars.at(text, end);
    char before = Chars.at(text, start - 1);
    if ((j + 1 < t.count && t.seps[j + 1] == NumberToken.DASH)
        || after == '~'
        || after == '+'
        || (after == '-' && Chars.alnum(Chars.at(text, end + 1)))) {
      return true; // 1.0.24.2-5, 3.6.11.1~rc1
    }
    if (before == '(' || before == ':' && Chars.digit(Chars.at(text, start - 2))) {
      return true;
    }
    int p = start - 1;
    while (p >= 0
        && start - p < 4
        && (text.charAt(p) == ' ' || "<>=".indexOf(text.charAt(p)) >= 0)) {
      if ("<>=".indexOf(text.charAt(p)) >= 0) {
        return true; // >= 1.0.99.1
      }
      p--;
    }
    int w = p;
    while (w >= 0 && p - w < 30 && Chars.word(text.charAt(w))) {
      if (Chars.digit(text.charAt(w))) {
        return true; // XFree86 4.3.99.16, libX11 1.4.99.1
      }
      w--;
    }
    return octets[0] <= VERSION_MAJOR && octets[3] <= VERSION_LAST;
  }

  private static String mask4(NumberToken t, int i) {
    return t.text.substring(t.starts[i], t.ends[i + 1]) + ".*.*";
  }

  /** The special-purpose range of an IPv4 address (RFC 1918, 5737, 6598, 3927, 1122), or null. */
  static String v4Range(int[] o) {
    int a = o[0];
    int b = o[1];
    if (a == 10 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168)) {
      return "private";
    }
    if (a == 127) {
      return "loopback";
    }
    if (a == 169 && b == 254) {
      return "link-local";
    }
    if ((a == 192 && b == 0 && o[2] == 2)
        || (a == 198 && b == 51 && o[2] == 100)
        || (a == 203 && b == 0 && o[2] == 113)) {
      return "documentation";
    }
    if (a == 100 && b >= 64 && b <= 127) {
      return "shared";
    }
    if (a == 0 || a >= 224) {
      return a >= 224 && a <= 239 ? "multicast" : "reserved";
    }
    return null;
  }

  /** An IPv6 address starting at {@code start}, or null. */
  @Override
  public Candidate v6(String text, int start) {
    char before = Chars.at(text, start - 1);
    if (Chars.word(before) || before == ':' || before == '.') {
      return null;
    }
    int end = start;
    while (end < text.length() && end - start < MAX_V6 && v6Char(text.charAt(end))) {
      end++;
    }
    if (end < text.length() && (Chars.word(text.charAt(end)) || text.charAt(end) == ':')) {
      return null; // longer than any address, or glued to a word
    }
    if (text.charAt(end - 1) == ':' && text.charAt(end - 2) != ':') {
      end--; // a colon after the address ("… fe80::1: …")
    }
    if (text.charAt(end - 1) == '.') {
      end--;
    }
    String s = text.substring(start, end);
    int[] groups = Ipv6Text.parse(s);
    if (groups == null) {
      return null;
    }
    if (Ipv6Text.range(groups) != null) {
      return null; // a special-purpose address: no subscriber's
    }
    return new Candidate(
        PiiType.IP_ADDRESS,
        start,
        end,
        0.7,
        Candidate.ContextRule.VETOABLE,
        null,
        Ipv6Text.mask(s));
  }

  private static boolean v6Char(char c) {
    return Chars.hex(c) || c == ':' || c == '.';
  }
}
