package io.provscan.detect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.detect.LicenseFinding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A licence file that lists the licences of the code it bundles after its own (the Apache Software
 * Foundation's LICENSE convention): the bundled licences are reported as such, the item's own
 * licence apart.
 */
class BundlesTest {
  static final String APACHE_HEADER =
      """
      Licensed under the Apache License, Version 2.0 (the "License");
      you may not use this file except in compliance with the License.
      You may obtain a copy of the License at

          http://www.apache.org/licenses/LICENSE-2.0
      """;

  @Test
  void licencesAfterABundleLineAreBundledTheOwnOneIsNot() {
    String text =
        APACHE_HEADER
            + """

            This product bundles SLF4J 1.7.36, which is available under a "MIT" license.
            For details, see licenses/LICENSE-slf4j.txt.

            This product bundles jsoup, which is released under the MIT License.
            This product bundles Protocol Buffers, which is available under the BSD-3-Clause
            license (https://opensource.org/licenses/BSD-3-Clause).
            """;
    List<LicenseFinding> found = Detect.all("LICENSE", text);
    assertEquals(
        List.of("Apache-2.0", "MIT", "BSD-3-Clause"),
        found.stream().map(LicenseFinding::spdx).toList());
    assertFalse(EvidenceKind.isBundled(found.get(0)), found.get(0).notes()::toString);
    assertTrue(EvidenceKind.isBundled(found.get(1)), found.get(1).notes()::toString);
    assertTrue(EvidenceKind.isBundled(found.get(2)), found.get(2).notes()::toString);
    assertTrue(EvidenceKind.describe(found.get(1)).contains("bundled third-party code"));
  }

  @Test
  void withoutAnOwnLicenceBeforeItNothingIsBundled() {
    String text =
        """
        Third-party software notices

        jsoup is released under the MIT License.
        Protocol Buffers is available under the BSD-3-Clause license.
        """;
    List<LicenseFinding> found = Detect.all("NOTICE", text);
    assertEquals(2, found.size(), found::toString);
    assertTrue(found.stream().noneMatch(EvidenceKind::isBundled), found::toString);
  }

  @Test
  void withoutABundleLineNothingIsBundled() {
    String text = APACHE_HEADER + "\nThe documentation is released under the MIT License.\n";
    List<LicenseFinding> found = Detect.all("LICENSE", text);
    assertEquals(2, found.size(), found::toString);
    assertTrue(found.stream().noneMatch(EvidenceKind::isBundled), found::toString);
  }

  @Test
  void bundleLineIsFoundWithItsLineNumber() {
    assertEquals(3, Bundles.markerLine("a\nb\nThis product bundles x\n"));
    assertEquals(-1, Bundles.markerLine("a\nb\n"));
  }
}
