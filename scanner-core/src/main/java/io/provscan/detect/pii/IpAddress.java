package io.provscan.detect.pii;

/**
 * IPv4 dotted quads and IPv6 addresses (RFC 4291 text forms, {@code ::} compression, an embedded
 * IPv4 tail). Public addresses are personal data when they identify a subscriber (GDPR Recital 30;
 * CJEU C-582/14 Breyer); private, loopback, link-local and documentation ranges are reported with
 * that range as the detail and a low confidence. A quad of single digits reads like a version
 * ({@code 1.2.3.4}), so it needs an IP context word (as BigCode's pipeline decides).
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
    String range = v4Range(octets);
    int start = t.starts[i];
    int end = t.ends[j];
    Candidate.ContextRule rule =
        tiny ? Candidate.ContextRule.NEEDS_CONTEXT : Candidate.ContextRule.VETOABLE;
    return new Candidate(
        PiiType.IP_ADDRESS, start, end, range == null ? 0.7 : 0.4, rule, range, mask4(t, i));
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
    String range = Ipv6Text.range(groups);
    return new Candidate(
        PiiType.IP_ADDRESS,
        start,
        end,
        range == null ? 0.7 : 0.4,
        Candidate.ContextRule.VETOABLE,
        range,
        Ipv6Text.mask(s));
  }

  private static boolean v6Char(char c) {
    return Chars.hex(c) || c == ':' || c == '.';
  }
}
