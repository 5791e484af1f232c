package io.provscan.detect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.detect.LicenseFinding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Overlapping licences in one text (issue 14, near variants): the longer licence wins when its
 * words are there, and a shorter one is never reported in its place; a text of the shorter licence
 * stays the shorter one. The texts are as Debian's copyright files quote them: re-wrapped, words
 * hyphenated across lines, holders named in place of the template's.
 */
class LongerLicenceTest {
  /**
   * X11 as ncurses and libnsl quote it: MIT's words, "X Consortium", and the advertising clause.
   */
  private static final String X11_WRAPPED =
      NearMissTest.MIT
              .replace("MIT License\n\n", "")
              .replace("AUTHORS OR COPYRIGHT HOLDERS", "X CONSORTIUM")
              .replace("IN CONNECTION WITH", "IN CONNEC-\nTION WITH")
          + "\nExcept as contained in this notice, the name of the X Consortium shall not\n"
          + "be used in advertising or otherwise to promote the sale, use or other deal-\n"
          + "ings in this Software without prior written authorization from the X Consor-\n"
          + "tium.\n";

  private static LicenseFinding onlyText(String text) {
    return Detect.only(Detect.all("copyright", text), "text");
  }

  @Test
  void x11TextThatIsNotWordForWordIsStillX11NotMit() {
    LicenseFinding f = onlyText(X11_WRAPPED);
    assertEquals("X11", f.spdx());
    assertFalse(f.confidence() == 1.0, "the hyphenated words make it close, not exact: " + f);
  }

  @Test
  void mitTextWithAChangedWordStaysMitNotX11OrJson() {
    // A close MIT text: neither X11 (no advertising clause) nor JSON (no "Good, not Evil").
    String text = NearMissTest.MIT.replace("substantial portions", "significant portions");
    LicenseFinding f = onlyText(text);
    assertEquals("MIT", f.spdx());
    assertTrue(f.confidence() < 1.0, f.toString());
  }

  @Test
  void bsd3WithAuthorAndContributorsIsBsd3NotTheHewlettPackardVariant() {
    // As an LDAP client's copyright file quotes BSD-3-Clause: the third condition names "the
    // copyright holder", the disclaimer "THE AUTHOR AND CONTRIBUTOR(S)".
    String text =
        NearMissTest.BSD_HEAD
            + "3. Neither the name of the copyright holder nor the names of contributors\n"
            + "   may be used to endorse or promote products derived from this software\n"
            + "   without specific prior written permission.\n\n"
            + NearMissTest.DISCLAIMER
                .replace("COPYRIGHT HOLDERS AND CONTRIBUTORS", "AUTHOR AND CONTRIBUTOR(S)")
                .replace("COPYRIGHT HOLDER OR CONTRIBUTORS", "AUTHOR OR CONTRIBUTOR(S)")
                .replace("\"AS IS\"", "``AS IS''");
    assertEquals(List.of("BSD-3-Clause"), Detect.texts(text));
  }

  @Test
  void ijgReadmeWithoutItsNotesIsIjgNotIjgShort() {
    // libjpeg-turbo's README "LEGAL ISSUES" as Debian quotes it: from "In plain English" to the
    // last permission paragraph, with a later copyright line, and none of the notes on ansi2knr,
    // configure scripts, patents and GIF that close the SPDX text. IJG-short lies inside it and,
    // aligned first, used to hide it.
    String ijg = SpdxTexts.of("IJG");
    String legal =
        ijg.substring(ijg.indexOf("In plain English"), ijg.indexOf("ansi2knr.c is included"))
            .replace("1991-1998, Thomas G. Lane.", "1991-2020, Thomas G. Lane, Guido Vollbeding.");
    LicenseFinding f = onlyText(legal);
    assertEquals("IJG", f.spdx());
    assertEquals(EvidenceKind.PARTIAL_TEXT, EvidenceKind.of(f));
    assertTrue(f.confidence() < 1.0, f.toString());
  }

  @Test
  void ijgShortAloneIsStillIjgShort() {
    assertEquals(List.of("IJG-short"), Detect.texts(SpdxTexts.of("IJG-short")));
  }
}
