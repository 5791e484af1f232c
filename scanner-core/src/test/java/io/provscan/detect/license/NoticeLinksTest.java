package io.provscan.detect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.detect.LicenseFinding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A notice names other licences in passing: the page where a copy of its licence is, the file its
 * text is in. Neither is a second grant; a later grant of the same licence still is one. The texts
 * are as Debian's copyright files write them.
 */
class NoticeLinksTest {
  static List<String> ids(String text) {
    return Detect.all("copyright", text).stream().map(LicenseFinding::spdx).toList();
  }

  @Test
  void linkWhereANoticeSaysItsCopyIsDoesNotAddItsLicence() {
    String openssl =
        """
        Licensed under the Apache License 2.0 (the "License").  You may not use
        this file except in compliance with the License.  You can obtain a copy
        in the file LICENSE in the source distribution or at
        https://www.openssl.org/source/license.html
        """;
    assertEquals(List.of("Apache-2.0"), ids(openssl));
  }

  @Test
  void linkOfItsOwnParagraphStaysAReference() {
    String text =
        """
        Licensed under the Apache License 2.0 (the "License").

        The OpenSSL parts are under https://www.openssl.org/source/license.html
        """;
    assertEquals(List.of("Apache-2.0", "OpenSSL"), ids(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a pointer naming another version|3|GPL-3.0-or-later|On Debian systems, the complete text of"
            + " the GNU General Public License version 2 can be found in"
            + " \"/usr/share/common-licenses/GPL-3\".",
        "a pointer naming the first version|2|GPL-2.0-only|On Debian systems, the complete text of the"
            + " GNU General Public License can be found in `/usr/share/common-licenses/GPL-1'.",
        "a bare path|2|GPL-2.0-only|See /usr/share/common-licenses/GPL-1 on your debian system."
      })
  void pointerAfterAGrantIsNotASecondGrant(
      String name, String version, String spdx, String pointer) {
    String later =
        spdx.endsWith("-or-later")
            ? "either version "
                + version
                + " of the License, or\n(at your option) any later version."
            : "version " + version + ".";
    String text =
        "This package is free software; you can redistribute it and/or modify\n"
            + "it under the terms of the GNU General Public License as published by\n"
            + "the Free Software Foundation; "
            + later
            + "\n\n"
            + pointer
            + "\n";
    assertEquals(List.of(spdx), ids(text));
  }

  @Test
  void pointerAloneIsKeptAndSaysItIsAPointer() {
    List<LicenseFinding> found =
        Detect.all(
            "copyright",
            "On Debian systems, the complete text of the GNU Lesser General Public License\n"
                + "version 2.1 can be found in /usr/share/common-licenses/LGPL-2.1.\n");
    assertEquals(List.of("LGPL-2.1-only"), found.stream().map(LicenseFinding::spdx).toList());
    assertTrue(found.get(0).notes().contains(NoticeLinks.POINTER), found.get(0).notes()::toString);
  }

  /**
   * Avahi's copyright: a pointer to LGPL-2.1 after the LGPL-2+ grant, then a real LGPL-2.1 grant.
   */
  @Test
  void laterGrantOfALicenceAPointerNamedIsKept() {
    String avahi =
        """
        The main portion of Avahi is copyright:
         License:

          This library is free software; you can redistribute it and/or
          modify it under the terms of the GNU Lesser General Public
          License as published by the Free Software Foundation; either
          version 2 of the License, or (at your option) any later version.

          This library is distributed in the hope that it will be useful,
          but WITHOUT ANY WARRANTY; without even the implied warranty of
          MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
          Lesser General Public License for more details.

          See /usr/share/common-licenses/LGPL-2.1 on your debian system.

        The xml to man conversion files
        (man/{xmltoman.css, xmltoman.dtd, xmltoman.xsl}) are under the GNU General
        Public License 2. See /usr/share/common-licenses/GPL-2 on your debian system.

        SimpleGladeApp.in from avahi-python (avahi-python/avahi/SimpleGladeApp.py) is
        copyright Sandino Flores Moreno under the GNU Lesser General Public version
        2.1. See /usr/share/common-licenses/LGPL-2.1 on your debian system.
        """;
    List<LicenseFinding> found = Detect.all("copyright", avahi);
    assertEquals(
        List.of("LGPL-2.0-or-later", "GPL-2.0-only", "LGPL-2.1-only"),
        found.stream().map(LicenseFinding::spdx).toList());
    LicenseFinding lgpl21 = found.get(2);
    assertEquals(22, lgpl21.lines().start());
    assertTrue(!lgpl21.notes().contains(NoticeLinks.POINTER));
  }

  @Test
  void pointerMakesAnUnversionedGrantPrecise() {
    String xz =
        """
        Permission to use, copy, modify, and distribute this software and its
        documentation under the terms of the GNU General Public License is
        hereby granted.

        On Debian systems, the complete text of the version of the GNU General
        Public License distributed with Doxygen can be found in
        '/usr/share/common-licenses/GPL-2'.
        """;
    assertEquals(List.of("GPL-2.0-only"), ids(xz));
  }

  @Test
  void gnuLicencesAreOneFamilyForPointersOthersByTheirName() {
    assertEquals("GNU", NoticeLinks.family("LGPL-2.1-or-later"));
    assertEquals("GNU", NoticeLinks.family("GPL-3.0-only"));
    assertEquals("Apache", NoticeLinks.family("Apache-2.0"));
    assertEquals("MIT", NoticeLinks.family("MIT"));
  }
}
