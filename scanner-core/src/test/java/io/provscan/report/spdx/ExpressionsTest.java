package io.provscan.report.spdx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionsTest {
  /** A few listed ids stand in for the SPDX list. */
  static final Map<String, String> LISTED = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  static {
    for (String id :
        List.of("MIT", "Apache-2.0", "BSD-3-Clause", "GPL-2.0-or-later", "CC-BY-4.0")) {
      LISTED.put(id, id);
    }
  }

  final Expressions expressions =
      new Expressions(
          id -> Optional.ofNullable(LISTED.get(id)),
          id ->
              id.equalsIgnoreCase("Classpath-exception-2.0")
                  ? Optional.of("Classpath-exception-2.0")
                  : Optional.empty());

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MIT|MIT",
        "mit|MIT",
        "cc-by-4.0|CC-BY-4.0",
        "Apache-2.0 or mit|Apache-2.0 OR MIT",
        "(MIT OR Apache-2.0) AND BSD-3-Clause|(MIT OR Apache-2.0) AND BSD-3-Clause",
        "GPL-2.0-or-later WITH classpath-exception-2.0|GPL-2.0-or-later WITH Classpath-exception-2.0",
        "Apache-2.0+|Apache-2.0+",
        "LicenseRef-llama3|LicenseRef-llama3",
        "bigscience-openrail-m|LicenseRef-bigscience-openrail-m",
        "MIT AND LicenseRef-x|MIT AND LicenseRef-x",
        "NOASSERTION|''",
        "none|''"
      })
  void writesValidExpressionsInCanonicalCase(String in, String out) {
    assertEquals(out, expressions.normalise(in, new LinkedHashMap<>()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MIT AND",
        "(MIT",
        "MIT)",
        "MIT Apache-2.0",
        "MIT WITH not-an-exception",
        "Llama 3 Community License",
        "<script>alert(1)</script>"
      })
  void turnsWhatIsNotAnExpressionIntoOneLicenseRef(String in) {
    Map<String, String> refs = new LinkedHashMap<>();
    String out = expressions.normalise(in, refs);
    assertTrue(out.matches("LicenseRef-[A-Za-z0-9.-]+"), out);
    assertEquals(Map.of(out, in), refs, "the ref remembers what it stands for");
  }

  @Test
  void joinsLicencesWithAndSortedWithoutRepeats() {
    Map<String, String> refs = new LinkedHashMap<>();
    String out =
        expressions.conjunction(
            List.of("mit", "Apache-2.0 OR BSD-3-Clause", "MIT", "NOASSERTION", "Llama 3"), refs);
    assertEquals(
        "(Apache-2.0 OR BSD-3-Clause) AND LicenseRef-Llama-3-" + hash("Llama 3") + " AND MIT", out);
    assertEquals(List.of("Llama 3"), List.copyOf(refs.values()));
    assertEquals("", expressions.conjunction(List.of("NOASSERTION"), refs));
  }

  @Test
  void keepsLicenseRefIdsApartWhenCleaningWouldMergeThem() {
    String a = Expressions.refId("a b");
    String b = Expressions.refId("a_b");
    assertTrue(!a.equals(b) && a.startsWith("LicenseRef-a-b-") && b.startsWith("LicenseRef-a-b-"));
    assertTrue(Expressions.refId("x".repeat(200)).length() < 90);
    assertEquals("LicenseRef-unnamed-" + hash("***"), Expressions.refId("***"));
  }

  static String hash(String s) {
    String ref = Expressions.refId(s);
    return ref.substring(ref.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT);
  }
}
