package io.provscan.detect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.detect.LicenseFinding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Licences that differ by a clause or a word are not confused: MIT, ISC and 0BSD; BSD with two,
 * three and four clauses; Apache-2.0 with and without its appendix; GPL-2.0 "only" and "or later"
 * notices; CC BY, BY-SA and BY-NC-ND. The short texts are written here (standard wording).
 */
class NearMissTest {
  static final String DISCLAIMER =
      "THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\" AND ANY"
          + " EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES"
          + " OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT"
          + " SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT,"
          + " INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED"
          + " TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR"
          + " BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN"
          + " CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN"
          + " ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH"
          + " DAMAGE.\n";

  static final String BSD_HEAD =
      "Copyright (c) 2026 Example Authors\n\nRedistribution and use in source and binary forms,"
          + " with or without modification, are permitted provided that the following conditions"
          + " are met:\n\n1. Redistributions of source code must retain the above copyright"
          + " notice, this list of conditions and the following disclaimer.\n\n2. Redistributions"
          + " in binary form must reproduce the above copyright notice, this list of conditions"
          + " and the following disclaimer in the documentation and/or other materials provided"
          + " with the distribution.\n\n";

  static final String ADVERTISING =
      "3. All advertising materials mentioning features or use of this software must display"
          + " the following acknowledgement: This product includes software developed by Example"
          + " Authors.\n\n";

  static final String ENDORSE =
      "Neither the name of the copyright holder nor the names of its contributors may be used"
          + " to endorse or promote products derived from this software without specific prior"
          + " written permission.\n\n";

  static final String ISC =
      "Copyright (c) 2026 Example Authors\n\nPermission to use, copy, modify, and/or distribute"
          + " this software for any purpose with or without fee is hereby granted, provided that"
          + " the above copyright notice and this permission notice appear in all copies.\n\n"
          + "THE SOFTWARE IS PROVIDED \"AS IS\" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH"
          + " REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND"
          + " FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR"
          + " CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR"
          + " PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION,"
          + " ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.\n";

  static final String MIT =
      "MIT License\n\nCopyright (c) 2026 Example Authors\n\nPermission is hereby granted, free of"
          + " charge, to any person obtaining a copy of this software and associated documentation"
          + " files (the \"Software\"), to deal in the Software without restriction, including"
          + " without limitation the rights to use, copy, modify, merge, publish, distribute,"
          + " sublicense, and/or sell copies of the Software, and to permit persons to whom the"
          + " Software is furnished to do so, subject to the following conditions:\n\nThe above"
          + " copyright notice and this permission notice shall be included in all copies or"
          + " substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT"
          + " WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES"
          + " OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT"
          + " SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER"
          + " LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF"
          + " OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n";

  /** 0BSD is ISC without the condition to keep the notice. */
  static String zeroBsd() {
    return ISC.replace(
        ", provided that the above copyright notice and this permission notice appear in all"
            + " copies",
        "");
  }

  @Test
  void mitIscAndZeroBsdAreToldApart() {
    assertEquals(List.of("MIT"), Detect.texts(MIT));
    assertEquals(List.of("ISC"), Detect.texts(ISC));
    assertEquals(List.of("0BSD"), Detect.texts(zeroBsd()));
  }

  @Test
  void bsdTwoThreeAndFourClauseAreToldApart() {
    assertEquals(List.of("BSD-2-Clause"), Detect.texts(BSD_HEAD + DISCLAIMER));
    assertEquals(List.of("BSD-3-Clause"), Detect.texts(BSD_HEAD + "3. " + ENDORSE + DISCLAIMER));
    assertEquals(
        List.of("BSD-4-Clause"),
        Detect.texts(
            BSD_HEAD
                + ADVERTISING
                + "4. "
                + ENDORSE.replace("the copyright holder", "Example Authors")
                + DISCLAIMER
                    .replace("COPYRIGHT HOLDERS AND CONTRIBUTORS", "EXAMPLE AUTHORS")
                    .replace("COPYRIGHT HOLDER OR CONTRIBUTORS", "EXAMPLE AUTHORS")));
  }

  @Test
  void apacheWithAndWithoutItsAppendixIsApache() {
    String full = SpdxTexts.of("Apache-2.0");
    int appendix = full.indexOf("APPENDIX: How to apply");
    assertTrue(appendix > 0);
    assertEquals(List.of("Apache-2.0"), Detect.texts(full));
    assertEquals(List.of("Apache-2.0"), Detect.texts(full.substring(0, appendix)));
    assertEquals(1.0, Detect.all("LICENSE", full.substring(0, appendix)).get(0).confidence());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "either version 2 of the License, or (at your option) any later version.|GPL-2.0-or-later",
        "version 2 of the License.|GPL-2.0-only",
        "version 3 of the License, or (at your option) any later version.|GPL-3.0-or-later"
      })
  void gplNoticesSayOnlyOrLater(String tail, String id) {
    String notice =
        "This program is free software; you can redistribute it and/or modify it under the terms"
            + " of the GNU General Public License as published by the Free Software Foundation; "
            + tail;
    List<LicenseFinding> found = Detect.all("main.c", "/*\n * " + notice + "\n */\n");
    assertEquals(List.of(id), Detect.ids(found, "notice"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "CC-BY-4.0, CC-BY-4.0",
    "CC-BY-SA-4.0, CC-BY-SA-4.0",
    "CC-BY-NC-ND-4.0, CC-BY-NC-ND-4.0",
    "CC-BY-NC-4.0, CC-BY-NC-4.0"
  })
  void creativeCommonsTextsAreToldApart(String id, String expected) {
    assertEquals(expected, Detect.texts(SpdxTexts.of(id)).get(0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "This dataset is released under CC BY 4.0.|CC-BY-4.0|permissive",
        "This dataset is released under CC BY-SA 4.0.|CC-BY-SA-4.0|strong-copyleft",
        "This dataset is released under CC BY-NC-ND 4.0.|CC-BY-NC-ND-4.0|non-commercial",
        "Licensed under the Creative Commons Attribution-NonCommercial 4.0 International"
            + " license.|CC-BY-NC-4.0|non-commercial"
      })
  void creativeCommonsNoticesAreToldApart(String notice, String id, String category) {
    LicenseFinding f = Detect.only(Detect.all("README.md", notice), "reference");
    assertEquals(id, f.spdx());
    assertEquals(category, f.category());
  }

  @Test
  void aChangedMitIsCloseNotExactAndSaysWhatDiffers() {
    String changed = MIT.replace("to deal in the Software without restriction", "to deal in it");
    LicenseFinding f = Detect.only(Detect.all("LICENSE", changed), "text");
    assertEquals("MIT", f.spdx());
    assertTrue(f.confidence() < 1.0 && f.confidence() >= 0.8, "confidence " + f.confidence());
    assertTrue(f.notes().stream().anyMatch(n -> n.contains("missing")), f.notes()::toString);
  }
}
