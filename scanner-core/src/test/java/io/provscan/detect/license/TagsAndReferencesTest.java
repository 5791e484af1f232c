package io.provscan.detect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.detect.LicenseFinding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPDX-License-Identifier tags and notices that name a licence. */
class TagsAndReferencesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "// SPDX-License-Identifier: MIT|MIT|permissive",
        "# SPDX-License-Identifier: Apache-2.0 OR MIT|Apache-2.0 OR MIT|permissive",
        "/* SPDX-License-Identifier: GPL-2.0-only WITH Linux-syscall-note */"
            + "|GPL-2.0-only WITH Linux-syscall-note|strong-copyleft",
        "-- SPDX-License-Identifier: gpl-2.0+|GPL-2.0-or-later|strong-copyleft",
        "SPDX-License-Identifier: (MIT AND CC-BY-NC-4.0)|MIT AND CC-BY-NC-4.0|non-commercial",
        "<!-- SPDX-License-Identifier: GPL-2.0-only WITH Classpath-exception-2.0 -->"
            + "|GPL-2.0-only WITH Classpath-exception-2.0|weak-copyleft",
        "SPDX-License-Identifier: LicenseRef-llama2|LicenseRef-llama2|use-restricted"
      })
  void tagIsParsedAsAnExpression(String line, String spdx, String category) {
    LicenseFinding f = Detect.only(Detect.all("x.c", "int a;\n" + line + "\n"), "tag");
    assertEquals(spdx, f.spdx());
    assertEquals(category, f.category());
    assertEquals(new LicenseFinding.LineRange(2, 2), f.lines());
    assertEquals(1.0, f.confidence());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"SPDX-License-Identifier\": \"MIT\",|MIT",
        "# SPDX-License-Identifier: 'Apache-2.0'|Apache-2.0",
        "// SPDX-License-Identifier: \"GPL-2.0-only WITH Classpath-exception-2.0\"|GPL-2.0-only WITH"
            + " Classpath-exception-2.0",
        "spdx-license-identifier = `BSD-3-Clause OR MIT`|BSD-3-Clause OR MIT"
      })
  void quotedIdentifierIsReadInsideItsQuotes(String line, String spdx) {
    String text = "x = 1\n" + line.replace("spdx-license-identifier =", "SPDX-License-Identifier:");
    LicenseFinding f = Detect.only(Detect.all("package.json", text), "tag");
    assertEquals(spdx, f.spdx());
    assertEquals(1.0, f.confidence());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://spdx.org/licenses/GPL-2.0-or-later.html|GPL-2.0-or-later",
        "http://spdx.org/licenses/mit.html.|MIT",
        "https://spdx.org/licenses/Apache-2.0|Apache-2.0",
        "https://spdx.org/licenses/GPL-2.0+.json|GPL-2.0-or-later",
        "https://spdx.org/licenses/BSD-3-Clause.txt|BSD-3-Clause"
      })
  void spdxLicencePageIsItsId(String url, String spdx) {
    LicenseFinding f = Detect.only(Detect.all("README", "Licence: see " + url + "\n"), "reference");
    assertEquals(spdx, f.spdx());
  }

  @Test
  void spdxPageOfAnUnknownIdIsNoReference() {
    assertTrue(Detect.all("README", "See https://spdx.org/licenses/Frobnicate-9.html\n").isEmpty());
  }

  @Test
  void unknownIdsAreReportedAsSuch() {
    LicenseFinding f =
        Detect.only(
            Detect.all("x.py", "# SPDX-License-Identifier: MIT OR Frobnicate-1.0\n"), "tag");
    assertEquals("MIT OR Frobnicate-1.0", f.spdx());
    assertTrue(f.confidence() <= 0.5);
    assertTrue(f.notes().contains("unknown licence id 'Frobnicate-1.0'"), f.notes()::toString);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MIT AND|a licence id is missing at the end",
        "(MIT OR Apache-2.0|a ')' is missing",
        "MIT WITH|an exception id after WITH is missing at the end",
        "MIT $ BSD|character '$' is not allowed"
      })
  void malformedExpressionsAreReportedNotThrown(String expression, String why) {
    LicenseFinding f =
        Detect.only(Detect.all("x.c", "// SPDX-License-Identifier: " + expression), "tag");
    assertEquals(0.0, f.confidence());
    assertEquals("unknown", f.category());
    assertTrue(f.notes().get(0).contains(why), f.notes()::toString);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Licensed under the Apache License, Version 2.0 (the \"License\");|Apache-2.0",
        "This project is released under the MIT License.|MIT",
        "Distributed under the Boost Software License, Version 1.0.|BSL-1.0",
        "License: BSD-3-Clause|BSD-3-Clause",
        "This library is licensed under the GNU Lesser General Public License v2.1.|LGPL-2.1-only",
        "本项目采用 Apache-2.0 许可证。|Apache-2.0",
        "本仓库的代码依照 MIT 协议开源。|MIT",
        "The weights are released under the Llama 2 Community License.|LicenseRef-llama2",
        "See https://creativecommons.org/licenses/by-nc-sa/4.0/ for the terms.|CC-BY-NC-SA-4.0"
      })
  void noticesAndLinksAreReferences(String line, String spdx) {
    List<LicenseFinding> found = Detect.all("README.md", "# Project\n\n" + line + "\n");
    LicenseFinding f = Detect.only(found, "reference");
    assertEquals(spdx, f.spdx());
    assertEquals(3, f.lines().start());
  }

  @Test
  void aModelNameAloneIsNotALicenceReference() {
    assertTrue(Detect.all("README.md", "This model is based on Qwen and uses Yi.\n").isEmpty());
  }

  @Test
  void oneLicenceReferencedManyTimesIsOneFindingAtItsFirstLine() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      sb.append("// Licensed under the MIT License.\n");
    }
    List<LicenseFinding> found = Detect.all("big.c", sb.toString());
    assertEquals(1, found.size());
    assertEquals(new LicenseFinding.LineRange(1, 1), found.get(0).lines());
  }
}
