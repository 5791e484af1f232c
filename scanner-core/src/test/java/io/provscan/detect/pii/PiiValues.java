package io.provscan.detect.pii;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.math.BigInteger;
import java.util.Random;

/**
 * Seeded generators of fake personal data that passes every check (GB 11643 MOD 11-2, Luhn, ISO
 * 13616 mod 97, the numbering plans libphonenumber knows, GitHub's CRC32) and of decoys that must
 * not: the check digits are computed here from the standards, not copied.
 */
final class PiiValues {
  private static final String[] COUNTIES = {
    "110105", "110108", "310104", "310115", "440305", "440106", "510107", "330106", "320102",
    "420102", "610113", "120101", "500103", "370202", "210102", "350203", "430104", "620102"
  };
  private static final int[] MOBILE = {
    130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156, 157, 158, 159,
    166, 176, 177, 178, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 198, 199
  };
  private static final String B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String B62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private final Random rnd;

  PiiValues(long seed) {
    this.rnd = new Random(seed);
  }

  int next(int bound) {
    return rnd.nextInt(bound);
  }

  <T> T pick(T[] options) {
    return options[rnd.nextInt(options.length)];
  }

  String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + rnd.nextInt(10)));
    }
    return sb.toString();
  }

  // ---- resident ids

  /** 17 digits of a plausible id: county, birth date 1950–2012, sequence. */
  String idBody() {
    int year = 1950 + rnd.nextInt(63);
    int month = 1 + rnd.nextInt(12);
    int day = 1 + rnd.nextInt(28);
    return pick(COUNTIES)
        + String.format(java.util.Locale.ROOT, "%04d%02d%02d", year, month, day)
        + digits(3);
  }

  static char idCheck(String body17) {
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int s = 0;
    for (int i = 0; i < 17; i++) {
      s += (body17.charAt(i) - '0') * w[i];
    }
    return "10X98765432".charAt(s % 11);
  }

  String residentId() {
    String body = idBody();
    return body + idCheck(body);
  }

  String residentIdWrongCheck() {
    String body = idBody();
    char right = idCheck(body);
    char wrong =
        right == '0' ? '1' : (right == 'X' ? '3' : (char) (right == '9' ? '0' : right + 1));
    return body + wrong;
  }

  String residentIdBadDate() {
    String body = pick(COUNTIES) + "1990" + "0230" + digits(3); // 30 February
    return body + idCheck(body);
  }

  String residentId15() {
    return pick(COUNTIES)
        + String.format(
            java.util.Locale.ROOT,
            "%02d%02d%02d",
            50 + rnd.nextInt(49),
            1 + rnd.nextInt(12),
            1 + rnd.nextInt(28))
        + digits(3);
  }

  // ---- phones

  String mobile() {
    while (true) {
      String n = MOBILE[rnd.nextInt(MOBILE.length)] + digits(8);
      if (valid(n, "CN")) {
        return n;
      }
    }
  }

  String landline() {
    String[][] areas = {{"010", "8"}, {"021", "8"}, {"020", "8"}, {"0755", "8"}, {"0571", "8"}};
    while (true) {
      String[] a = pick(areas);
      String local = (char) ('2' + rnd.nextInt(7)) + digits(Integer.parseInt(a[1]) - 1);
      if (valid(a[0] + local, "CN")) {
        return rnd.nextBoolean()
            ? a[0] + "-" + local
            : "(" + a[0] + ") " + local.substring(0, 4) + " " + local.substring(4);
      }
    }
  }

  String usPhone() {
    String[] areas = {"212", "415", "650", "617", "312", "206", "303"};
    while (true) {
      String area = pick(areas);
      String exchange = (char) ('2' + rnd.nextInt(8)) + digits(2);
      String line = digits(4);
      if (valid(area + exchange + line, "US")) {
        return rnd.nextBoolean()
            ? "(" + area + ") " + exchange + "-" + line
            : area + "-" + exchange + "-" + line;
      }
    }
  }

  String internationalPhone() {
    String[][] plans = {
      {"44", "20 7946 ", "4"}, {"49", "30 2", "6"}, {"33", "1 4", "7"}, {"81", "3 5", "7"}
    };
    for (int tries = 0; ; tries++) {
      if (tries > 10_000) {
        throw new AssertionError("no valid international number generated");
      }
      String[] p = pick(plans);
      String rest = digits(Integer.parseInt(p[2]));
      if (valid("+" + p[0] + p[1].replace(" ", "") + rest, "ZZ")) {
        return "+" + p[0] + " " + p[1] + rest;
      }
    }
  }

  private static boolean valid(String number, String region) {
    try {
      return PHONES.isValidNumber(PHONES.parse(number, region));
    } catch (NumberParseException e) {
      return false;
    }
  }

  // ---- cards

  String card(String prefix, int length) {
    String body = prefix + digits(length - prefix.length() - 1);
    for (char c = '0'; c <= '9'; c++) {
      if (luhn(body + c)) {
        return body + c;
      }
    }
    throw new AssertionError();
  }

  String cardWrongCheck(String prefix, int length) {
    String good = card(prefix, length);
    char last = good.charAt(length - 1);
    return good.substring(0, length - 1) + (char) ('0' + (last - '0' + 1) % 10);
  }

  static boolean luhn(String n) {
    int sum = 0;
    for (int i = 0; i < n.length(); i++) {
      int d = n.charAt(n.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  String anyCard() {
    switch (rnd.nextInt(8)) {
      case 0:
        return card("4", 16);
      case 1:
        return card("5" + (1 + rnd.nextInt(5)), 16);
      case 2:
        return card("3" + (rnd.nextBoolean() ? "4" : "7"), 15);
      case 3:
        return card("62", 16 + rnd.nextInt(4));
      case 4:
        return card("6011", 16);
      case 5:
        return card("35" + (28 + rnd.nextInt(62)), 16);
      case 6:
        return card("2" + (221 + rnd.nextInt(499)), 16);
      default:
        return card("622" + (126 + rnd.nextInt(800)), 16);
    }
  }

  /** Groups of four with a separator (Amex 4-6-5). */
  static String grouped(String n, String sep) {
    if (n.length() == 15) {
      return n.substring(0, 4) + sep + n.substring(4, 10) + sep + n.substring(10);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n.length(); i += 4) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(n, i, Math.min(n.length(), i + 4));
    }
    return sb.toString();
  }

  // ---- IBAN

  String iban(boolean valid) {
    String[][] formats = {
      {"GB", "AAAA", "14"},
      {"DE", "", "18"},
      {"FR", "", "23"},
      {"NL", "AAAA", "10"},
      {"ES", "", "20"},
      {"IT", "A", "22"},
      {"BE", "", "12"},
      {"CH", "", "17"}
    };
    String[] f = pick(formats);
    StringBuilder bban = new StringBuilder();
    for (int i = 0; i < f[1].length(); i++) {
      bban.append((char) ('A' + rnd.nextInt(26)));
    }
    bban.append(digits(Integer.parseInt(f[2])));
    int check = 98 - mod97(bban + f[0] + "00");
    if (!valid) {
      check = check == 97 ? 2 : check + 1;
    }
    return f[0] + String.format(java.util.Locale.ROOT, "%02d", check) + bban;
  }

  private static int mod97(String s) {
    StringBuilder n = new StringBuilder();
    for (char c : s.toCharArray()) {
      n.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(n.toString()).mod(BigInteger.valueOf(97)).intValue();
  }

  // ---- SSN, IP, keys, documents

  String ssn() {
    int area = 1 + rnd.nextInt(899);
    if (area == 666) {
      area = 667;
    }
    return String.format(
        java.util.Locale.ROOT, "%03d-%02d-%04d", area, 1 + rnd.nextInt(99), 1 + rnd.nextInt(9999));
  }

  String publicIpv4() {
    int[] firsts = {24, 23, 45, 61, 81, 93, 104, 121, 139, 151, 185, 202, 211};
    return firsts[rnd.nextInt(firsts.length)]
        + "."
        + rnd.nextInt(256)
        + "."
        + rnd.nextInt(256)
        + "."
        + (1 + rnd.nextInt(254));
  }

  /**
   * A public address of a server (2 first parts fixed, as a hosting block's): private ranges are
   * not personal data and not reported, so corpora plant public ones.
   */
  String serverIpv4() {
    return rnd.nextBoolean()
        ? "81.2." + rnd.nextInt(256) + "." + (1 + rnd.nextInt(254))
        : "45." + rnd.nextInt(256) + "." + rnd.nextInt(256) + "." + (1 + rnd.nextInt(254));
  }

  String ipv6() {
    return String.format(
        java.util.Locale.ROOT,
        "2%03x:%x:%x::%x",
        rnd.nextInt(0xfff),
        1 + rnd.nextInt(0xffff),
        rnd.nextInt(0xffff),
        1 + rnd.nextInt(0xffff));
  }

  String awsKey() {
    StringBuilder sb = new StringBuilder(rnd.nextBoolean() ? "AKIA" : "ASIA");
    for (int i = 0; i < 16; i++) {
      sb.append(B32.charAt(rnd.nextInt(32)));
    }
    return sb.toString();
  }

  String githubToken() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      sb.append(B62.charAt(rnd.nextInt(62)));
    }
    return "ghp_" + sb + Checksums.githubCrcOf(sb.toString());
  }

  String googleKey() {
    String alphabet = B62 + "-_";
    StringBuilder sb = new StringBuilder("AIza");
    for (int i = 0; i < 35; i++) {
      sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  String slackToken() {
    StringBuilder sb = new StringBuilder("xoxb-" + digits(12) + "-" + digits(13) + "-");
    for (int i = 0; i < 24; i++) {
      sb.append(B62.charAt(rnd.nextInt(62)));
    }
    return sb.toString();
  }

  String pemKey() {
    StringBuilder sb = new StringBuilder("-----BEGIN RSA PRIVATE KEY-----\n");
    String b64 = B62 + "+/";
    for (int line = 0; line < 3; line++) {
      for (int i = 0; i < 64; i++) {
        sb.append(b64.charAt(rnd.nextInt(b64.length())));
      }
      sb.append('\n');
    }
    return sb.append("-----END RSA PRIVATE KEY-----").toString();
  }

  String passport() {
    return rnd.nextBoolean()
        ? "E" + digits(8)
        : "E" + "ABCDEFGHJKLMNPQRSTUVWXYZ".charAt(rnd.nextInt(24)) + digits(7);
  }

  String permit() {
    return rnd.nextBoolean()
        ? (rnd.nextBoolean() ? "H" : "M") + digits(8) + "0" + rnd.nextInt(3)
        : "C" + "ABCDEFGHJKLMNPQRSTUVWXYZ".charAt(rnd.nextInt(24)) + digits(7);
  }

  String email() {
    String[] names = {
      "zhangwei", "li.na", "wang_fang", "john.smith", "MARY.JONES", "chen88", "liu-yang", "a.b.c"
    };
    String[] domains = {
      "163.com",
      "qq.com",
      "gmail.com",
      "example.org",
      "corp.example.cn",
      "MAIL.EXAMPLE.COM",
      "126.com"
    };
    return pick(names)
        + (rnd.nextBoolean() ? String.valueOf(rnd.nextInt(100)) : "")
        + "@"
        + pick(domains);
  }

  String hex(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("0123456789abcdef".charAt(rnd.nextInt(16)));
    }
    return sb.toString();
  }

  String isbn13() {
    String body = "978" + (rnd.nextBoolean() ? "7" : "0") + digits(8);
    int s = 0;
    for (int i = 0; i < 12; i++) {
      s += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return body + (10 - s % 10) % 10;
  }
}
