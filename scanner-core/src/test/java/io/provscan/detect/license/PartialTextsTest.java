package io.provscan.detect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.detect.LicenseFinding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Licence texts that stop early (issue 14, kind 3): the first paragraphs of MIT, BSD or ISC without
 * the warranty disclaimer, a BSD text with a disclaimer of the project's own (as Debian quotes
 * one), a long text cut by the file's end. Each is the licence, with the share of its words as the
 * confidence; a lone sentence many licences share is none of them. Also: a template's copyright
 * notice may be missing from a text (SPDX guidelines B.11), so the exact variant still wins.
 */
class PartialTextsTest {
  private static final String MIT_HEAD =
      NearMissTest.MIT.substring(0, NearMissTest.MIT.indexOf("THE SOFTWARE IS PROVIDED"));

  private static final String ISC_GRANT =
      NearMissTest.ISC.substring(0, NearMissTest.ISC.indexOf("THE SOFTWARE IS PROVIDED"));

  private static LicenseFinding onlyText(String text) {
    return Detect.only(Detect.all("LICENSE", text), "text");
  }

  @Test
  void mitWithoutItsDisclaimerIsMitWithItsCoverage() {
    LicenseFinding f = onlyText(MIT_HEAD);
    assertEquals("MIT", f.spdx());
    assertTrue(f.confidence() >= PartialTexts.FLOOR && f.confidence() < 0.8, f.toString());
    assertEquals(EvidenceKind.PARTIAL_TEXT, EvidenceKind.of(f));
    assertTrue(f.notes().get(0).startsWith("partial text: "), f.notes().toString());
    assertTrue(EvidenceKind.describe(f).contains("% of the licence's words"));
  }

  @Test
  void iscGrantAloneIsIsc() {
    LicenseFinding f = onlyText(ISC_GRANT + "\nSee the README for the authors.\n");
    assertEquals("ISC", f.spdx());
    assertEquals(EvidenceKind.PARTIAL_TEXT, EvidenceKind.of(f));
  }

  @Test
  void bsdConditionsWithADisclaimerOfItsOwnAreBsd2() {
    // libjpeg-turbo's simd files and many Debian stanzas: the conditions, then a GPL-style line.
    String text =
        "This library is free software. "
            + NearMissTest.BSD_HEAD
            + "This library is distributed in the hope that it will be useful, but WITHOUT ANY"
            + " WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A"
            + " PARTICULAR PURPOSE.\n";
    LicenseFinding f = onlyText(text);
    assertEquals("BSD-2-Clause", f.spdx());
    assertEquals(EvidenceKind.PARTIAL_TEXT, EvidenceKind.of(f));
  }

  @Test
  void threeClausesWithoutTheDisclaimerAreBsd3NotTheShorterBsd2() {
    String text = NearMissTest.BSD_HEAD + "3. " + NearMissTest.ENDORSE;
    assertEquals(List.of("BSD-3-Clause"), Detect.texts(text));
  }

  @Test
  void aLongTextCutByTheFileEndIsThatLicence() {
    String gpl = SpdxTexts.of("GPL-3.0-only");
    String cut = gpl.substring(0, gpl.length() * 3 / 4);
    LicenseFinding f = onlyText(cut);
    assertEquals("GPL-3.0-only", f.spdx());
    assertEquals(EvidenceKind.PARTIAL_TEXT, EvidenceKind.of(f));
    assertTrue(f.confidence() > 0.6 && f.confidence() < 0.9, f.toString());
  }

  @Test
  void theSentenceManyBsdTextsShareIsNoneOfThem() {
    String text =
        "Redistribution and use in source and binary forms, with or without modification, are"
            + " permitted provided that the following conditions are met: see the file COPYING.\n";
    assertEquals(List.of(), Detect.texts(text));
  }

  @Test
  void aWholeTextIsStillAnExactMatchNotAPartialOne() {
    LicenseFinding f = onlyText(NearMissTest.MIT);
    assertEquals("MIT", f.spdx());
    assertEquals(EvidenceKind.FULL_TEXT, EvidenceKind.of(f));
  }

  @Test
  void theUniversityOfCaliforniaTextWithoutItsCopyrightLineIsBsd4ClauseUc() {
    // Debian's copyright files carry the notice apart from the licence text (B.11: ignored).
    String text =
        "Redistribution and use in source and binary forms, with or without modification, are"
            + " permitted provided that the following conditions are met:\n1. Redistributions of"
            + " source code must retain the above copyright notice, this list of conditions and"
            + " the following disclaimer.\n2. Redistributions in binary form must reproduce the"
            + " above copyright notice, this list of conditions and the following disclaimer in"
            + " the documentation and/or other materials provided with the distribution.\n3. All"
            + " advertising materials mentioning features or use of this software must display"
            + " the following acknowledgement: This product includes software developed by the"
            + " University of California, Berkeley and its contributors.\n4. Neither the name of"
            + " the University nor the names of its contributors may be used to endorse or"
            + " promote products derived from this software without specific prior written"
            + " permission.\n"
            + NearMissTest.DISCLAIMER
                .replace("COPYRIGHT HOLDERS AND CONTRIBUTORS", "REGENTS AND CONTRIBUTORS")
                .replace("COPYRIGHT HOLDER OR CONTRIBUTORS", "REGENTS OR CONTRIBUTORS")
                .replace("\"AS IS\"", "``AS IS''");
    LicenseFinding f = onlyText(text);
    assertEquals("BSD-4-Clause-UC", f.spdx());
    assertEquals(EvidenceKind.FULL_TEXT, EvidenceKind.of(f));
  }

  @Test
  void conditionsOfTheirOwnThatBorrowBsdWordsAreNotBsdInPart() {
    // Zope Public License 2.1's conditions, as Debian quotes them without its preamble.
    String text =
        "Redistribution and use in source and binary forms, with or without modification, are"
            + " permitted provided that the following conditions are met:\n1. Redistributions in"
            + " source code must retain the accompanying copyright notice, this list of"
            + " conditions, and the following disclaimer.\n2. Redistributions in binary form must"
            + " reproduce the accompanying copyright notice, this list of conditions, and the"
            + " following disclaimer in the documentation and/or other materials provided with"
            + " the distribution.\n3. Names of the copyright holders must not be used to endorse or"
            + " promote products derived from this software without prior written permission"
            + " from the copyright holders.\n4. The right to distribute this software or to use it"
            + " for any purpose does not give you the right to use Servicemarks (sm) or Trademarks"
            + " (tm) of the copyright holders.\n";
    assertEquals(List.of(), Detect.texts(text));
  }

  @Test
  void bsd3WithItsVariablesFilledIsNotTheHewlettPackardVariant() {
    // The IETF's BSD-3-Clause text (Debian's opus stanza): exact BSD-3-Clause, whose variables
    // cut trigrams, not the close Hewlett-Packard variant that was aligned first.
    String text =
        NearMissTest.BSD_HEAD.replace("1. ", "- ").replace("2. ", "- ")
            + "- Neither the name of Internet Society, IETF or IETF Trust, nor the names of specific"
            + " contributors, may be used to endorse or promote products derived from this"
            + " software without specific prior written permission.\n\n"
            + NearMissTest.DISCLAIMER
                .replace("COPYRIGHT HOLDER OR", "COPYRIGHT OWNER OR")
                .replace("\"AS IS\"", "``AS IS''");
    LicenseFinding f = onlyText(text);
    assertEquals("BSD-3-Clause", f.spdx());
    assertEquals(EvidenceKind.FULL_TEXT, EvidenceKind.of(f));
  }
}
