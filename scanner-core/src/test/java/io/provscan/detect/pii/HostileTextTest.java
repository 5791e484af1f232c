package io.provscan.detect.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.detect.DetectorInput;
import io.provscan.detect.Findings;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile texts: each must come back with findings, never an exception, and in bounded time (the
 * generous limit only catches super-linear behaviour; speed is measured by bench/pii). Detection
 * runs once per text; the findings it returns are checked and redacted.
 */
class HostileTextTest {
  static final int MB = 1 << 20;

  static Stream<Arguments> texts() {
    Random r = new Random(7);
    return Stream.of(
        Arguments.of("digits only", "1".repeat(2 * MB)),
        Arguments.of("random digits", randomFrom(r, "0123456789", 2 * MB)),
        Arguments.of("digits and single spaces", randomFrom(r, "0123456789 ", 2 * MB)),
        Arguments.of("digit groups", "1234 ".repeat(MB / 2)),
        Arguments.of("dotted digits", "1.2.".repeat(MB / 2)),
        Arguments.of("no space at all", randomFrom(r, "abcdefXYZ0123456789_", 2 * MB)),
        Arguments.of("one long line of at signs", "a@".repeat(MB)),
        Arguments.of("at signs and dots", randomFrom(r, "a@.b-", 2 * MB)),
        Arguments.of("colons and hex", randomFrom(r, "0123456789abcdef:", 2 * MB)),
        Arguments.of("double colons", "::".repeat(MB)),
        Arguments.of("dashes", "-----BEGIN ".repeat(MB / 8)),
        Arguments.of("unclosed PEM", "-----BEGIN RSA PRIVATE KEY-----\n" + "A".repeat(MB)),
        Arguments.of("plus and parens", randomFrom(r, "+()0123456789 -", 2 * MB)),
        Arguments.of("NUL bytes", randomFrom(r, "\u0000123 @", MB)),
        Arguments.of("unpaired surrogates", randomFrom(r, "\uD800\uDC00\uDFFF1 @我", MB)),
        Arguments.of("every char", every()),
        Arguments.of(
            "mixed scripts", randomFrom(r, "我的身份证号码是岁患者 abcAKIAghp_xox-0123456789", 2 * MB)),
        Arguments.of("Chinese numerals and age units", "十三岁".repeat(MB / 3)),
        Arguments.of("valid ids back to back", "11010519491231002X".repeat(50_000)),
        Arguments.of("many findings", "13812345678 ".repeat(100_000)));
  }

  private static String randomFrom(Random r, String alphabet, int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = alphabet.charAt(r.nextInt(alphabet.length()));
    }
    return new String(c);
  }

  private static String every() {
    StringBuilder sb = new StringBuilder(65536 * 2);
    for (int c = 0; c < 65536; c++) {
      sb.append((char) c).append(c % 7 == 0 ? ' ' : '1');
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void returnsFindingsInsideTheTextInBoundedTimeWithoutThrowing(String name, String text) {
    Findings f =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> DetectorCases.ALL.detect(DetectorInput.ofText(name, text)));
    assertTrue(f.pii().size() <= PiiDetector.MAX_FINDINGS);
    // the findings lie inside the text, and masking them keeps its length (one detection only)
    for (var p : f.pii()) {
      assertTrue(p.start() >= 0 && p.start() < p.end() && p.end() <= text.length(), name);
    }
    String redacted = DetectorCases.ALL.redactText(text, f);
    assertEquals(text.length(), redacted.length());
  }
}
