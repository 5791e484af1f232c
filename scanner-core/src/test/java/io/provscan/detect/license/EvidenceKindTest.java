package io.provscan.detect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.provscan.detect.LicenseFinding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each finding says what kind of evidence it rests on. */
class EvidenceKindTest {
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "// SPDX-License-Identifier: MIT|SPDX_TAG",
        "Released under the MIT License.|REFERENCE",
        "See https://opensource.org/licenses/MIT for details.|URL",
        "The complete text of the GNU General Public License version 2 can be found in"
            + " /usr/share/common-licenses/GPL-2.|POINTER",
        "Licensed under the Apache License 2.0 (the \"License\"). You may not use this file except"
            + " in compliance with the License.|NOTICE"
      })
  void findingOfALineHasItsKind(String line, EvidenceKind kind) {
    List<LicenseFinding> found = Detect.all("x", "Header\n" + line + "\n");
    assertEquals(1, found.size(), found::toString);
    assertEquals(kind, EvidenceKind.of(found.get(0)));
  }

  @Test
  void fullAndCloseTextsAreTold() {
    String mit = NearMissTest.MIT;
    assertEquals(EvidenceKind.FULL_TEXT, EvidenceKind.of(Detect.all("LICENSE", mit).get(0)));
    String changed = mit.replace("to deal in the Software without restriction", "to deal in it");
    assertEquals(EvidenceKind.CLOSE_TEXT, EvidenceKind.of(Detect.all("LICENSE", changed).get(0)));
  }

  @Test
  void standardHeaderIsAStandardNotice() {
    String notice =
        "This program is free software; you can redistribute it and/or modify it under the terms"
            + " of the GNU General Public License as published by the Free Software Foundation;"
            + " either version 2 of the License, or (at your option) any later version.\n";
    LicenseFinding f = Detect.all("x.c", notice).get(0);
    assertEquals("GPL-2.0-or-later", f.spdx());
    assertEquals(EvidenceKind.STANDARD_NOTICE, EvidenceKind.of(f));
  }
}
