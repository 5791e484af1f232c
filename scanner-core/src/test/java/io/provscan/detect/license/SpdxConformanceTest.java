package io.provscan.detect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.detect.LicenseFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every licence and exception on the SPDX list, its own text (from SPDX Java Tools), is identified
 * as its id. The exceptions are listed here with why; the test fails on any other outcome, and on a
 * listed exception that no longer happens (so the list stays true).
 */
class SpdxConformanceTest {
  /** Texts identical to another id's under the matching guidelines; the other id is reported. */
  private static final Map<String, String> SAME_TEXT =
      Map.ofEntries(
          // SPDX lists these as separate ids with one text; they differ only in notices.
          Map.entry("MPL-2.0-no-copyleft-exception", "MPL-2.0"),
          Map.entry("OFL-1.0-RFN", "OFL-1.0"),
          Map.entry("OFL-1.0-no-RFN", "OFL-1.0"),
          Map.entry("OFL-1.1-RFN", "OFL-1.1"),
          Map.entry("OFL-1.1-no-RFN", "OFL-1.1"),
          Map.entry("CAL-1.0-Combined-Work-Exception", "CAL-1.0"),
          // Deprecated ids whose text another (current) id has.
          Map.entry("BSD-2-Clause-FreeBSD", "BSD-2-Clause-Views"),
          Map.entry("BSD-2-Clause-NetBSD", "BSD-2-Clause"),
          Map.entry("StandardML-NJ", "SMLNJ"),
          Map.entry("bzip2-1.0.5", "bzip2-1.0.6"),
          Map.entry("Nunit", "zlib-acknowledgement"),
          Map.entry("wxWindows", "WxWindows-exception-3.1"),
          Map.entry("Nokia-Qt-exception-1.1", "Qt-LGPL-exception-1.1"),
          // The HPND template's variables are so wide that HPND-UC's longer template also matches
          // HPND's text exactly; the longer exact match is preferred.
          Map.entry("HPND", "HPND-UC"),
          // SPDX's texts of these deprecated ids hold a placeholder ("insert GPL v2 license text
          // here") and the exception: the exception is what is there. GPL-2.0-with-GCC-exception's
          // text carries enough of its own words to be identified as itself, which is reported as
          // the SPDX expression that replaced it (licence list 3.0).
          Map.entry("GPL-2.0-with-GCC-exception", "GPL-2.0-only WITH GCC-exception-2.0"),
          Map.entry("GPL-2.0-with-autoconf-exception", "Autoconf-exception-2.0"),
          Map.entry("GPL-2.0-with-bison-exception", "Bison-exception-2.2"),
          Map.entry("GPL-2.0-with-classpath-exception", "Classpath-exception-2.0"),
          Map.entry("GPL-2.0-with-font-exception", "Font-exception-2.0"),
          Map.entry("GPL-3.0-with-GCC-exception", "GCC-exception-3.1"),
          Map.entry("GPL-3.0-with-autoconf-exception", "Autoconf-exception-3.0"));

  /**
   * Found as the right id, but close rather than exact: the SPDX template and the SPDX text of
   * these licences disagree (a word, an apostrophe, a title), or a template variable's pattern is
   * wider than provscan's bound for it. Reported with confidence below 1 and what differs.
   */
  private static final List<String> CLOSE =
      List.of(
          "CC-BY-ND-4.0", // variable "More considerations|More_considerations" inside a URL
          "CC-BY-SA-4.0", // same
          "HPND-sell-variant", // "OpenVision" beyond the variable's bound
          "Python-2.0.1", // a list of years and "ACCEPT" beyond the variables' bounds
          "RSCPL", // "RSV's" vs "RSVS", "attorney's" vs "attorneys"
          "UMich-Merit", // title "and" outside the optional title
          "X11-swapped"); // the template has a "the" the text lacks

  @Test
  void everyListedLicenceTextIsIdentifiedAsItsId() {
    Map<String, String> wrong = new TreeMap<>();
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> e : SpdxTexts.all().entrySet()) {
      String id = e.getKey();
      List<LicenseFinding> found =
          Detect.all("LICENSE", e.getValue()).stream()
              .filter(f -> f.basis().equals("text"))
              .toList();
      String got = found.isEmpty() ? "nothing" : found.get(0).spdx();
      boolean exact = !found.isEmpty() && found.get(0).confidence() == 1.0;
      String expected = expected(id);
      boolean ok =
          got.equals(expected) && (exact || CLOSE.contains(id)) && (!CLOSE.contains(id) || !exact);
      if (!ok) {
        wrong.put(id, got + (exact ? "" : " (close: " + notes(found) + ")"));
      }
      if (SAME_TEXT.containsKey(id) && got.equals(id)) {
        stale.add(id);
      }
    }
    assertTrue(wrong.isEmpty(), wrong.size() + " texts not identified: " + wrong);
    assertTrue(stale.isEmpty(), "listed as exceptions but identified as themselves: " + stale);
  }

  /**
   * What a text must be identified as: its id; for "-or-later" ids the "-only" id (the licence text
   * alone never says that later versions apply; notices do); deprecated GNU ids as their current
   * "-only" form; GFDL's invariants variants as the plain GFDL (same text, differing notices); and
   * the same-text list above.
   */
  static String expected(String id) {
    if (SAME_TEXT.containsKey(id)) {
      return SAME_TEXT.get(id);
    }
    String current = CatalogNames.current(id).replace("-or-later", "-only");
    return current.replaceAll("^(GFDL-1\\.\\d)-(no-)?invariants-only$", "$1-only");
  }

  private static String notes(List<LicenseFinding> found) {
    return found.isEmpty() ? "" : found.get(0).confidence() + " " + found.get(0).notes();
  }

  @Test
  void theListHasTheTextsOfTheBundledCatalogue() {
    assertEquals(
        Detect.DETECTOR.knowledge().catalog().entries().stream().filter(e -> e.isSpdx()).count(),
        SpdxTexts.all().size());
  }
}
