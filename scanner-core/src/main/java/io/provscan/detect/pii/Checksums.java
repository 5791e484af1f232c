package io.provscan.detect.pii;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** The check-digit algorithms of the standards the detectors validate against. */
final class Checksums {
  /** GB 11643-1999 weights W(i) = 2^(17-i) mod 11 for the first 17 digits. */
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  /** GB 11643-1999 check characters for S mod 11 = 0..10 (ISO 7064 MOD 11-2; X means 10). */
  private static final String ID_CHECK = "10X98765432";

  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private Checksums() {}

  /**
   * The GB 11643 check character of the first 17 digits of {@code s} from {@code from}, or 0 when
   * they are not all digits.
   */
  static char residentIdCheck(CharSequence s, int from) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int d = s.charAt(from + i) - '0';
      if (d < 0 || d > 9) {
        return 0;
      }
      sum += d * ID_WEIGHTS[i];
    }
    return ID_CHECK.charAt(sum % 11);
  }

  /** True when the digits pass the Luhn check (ISO/IEC 7812-1 Annex B). */
  static boolean luhn(byte[] digits, int n) {
    int sum = 0;
    boolean twice = false;
    for (int i = n - 1; i >= 0; i--) {
      int d = digits[i];
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /**
   * True when the IBAN characters pass ISO 13616 / ISO 7064 MOD 97-10: the first four moved to the
   * end, letters read as 10..35, the number mod 97 is 1.
   */
  static boolean ibanMod97(CharSequence iban) {
    int n = iban.length();
    int mod = 0;
    for (int k = 0; k < n; k++) {
      char c = iban.charAt((k + 4) % n);
      if (c >= '0' && c <= '9') {
        mod = (mod * 10 + (c - '0')) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        mod = (mod * 100 + (c - 'A' + 10)) % 97;
      } else {
        return false;
      }
    }
    return mod == 1;
  }

  /**
   * True when a GitHub token's last six characters are the base62 CRC32 of the 30 characters before
   * them (GitHub's token format of 2021-04-05).
   */
  static boolean githubCrc(CharSequence payload, CharSequence check) {
    CRC32 crc = new CRC32();
    crc.update(payload.toString().getBytes(StandardCharsets.US_ASCII));
    long value = 0;
    for (int i = 0; i < check.length(); i++) {
      int d = BASE62.indexOf(check.charAt(i));
      if (d < 0) {
        return false;
      }
      value = value * 62 + d;
    }
    return value == crc.getValue();
  }

  /** The base62 CRC32 of {@code payload}, six characters, for tests that build tokens. */
  static String githubCrcOf(String payload) {
    CRC32 crc = new CRC32();
    crc.update(payload.getBytes(StandardCharsets.US_ASCII));
    long v = crc.getValue();
    char[] out = new char[6];
    for (int i = 5; i >= 0; i--) {
      out[i] = BASE62.charAt((int) (v % 62));
      v /= 62;
    }
    return new String(out);
  }
}
