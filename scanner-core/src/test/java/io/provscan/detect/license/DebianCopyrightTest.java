package io.provscan.detect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.provscan.detect.LicenseFinding;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Debian's machine-readable copyright files as ground truth: a {@code License:} stanza's text is
 * identified as its short name, mapped to SPDX once ({@link DebianLicenseNames}). The stanzas are
 * as Debian packages write them; {@code bench/DebianCopyrightBench.java} runs the same comparison
 * over every copyright file of a machine.
 */
class DebianCopyrightTest {
  static final DebianLicenseNames NAMES = new DebianLicenseNames(Detect.DETECTOR.knowledge());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GPL-2+|GPL-2.0-or-later",
        "GPL-2|GPL-2.0-only",
        "GPL-2.0+|GPL-2.0-or-later",
        "LGPL-2.1+|LGPL-2.1-or-later",
        "LGPL-3.0+|LGPL-3.0-or-later",
        "GPL|GPL-1.0-or-later",
        "LGPL|LGPL-2.0-or-later",
        "Expat|MIT",
        "BSD-2-clause-NetBSD|BSD-2-Clause",
        "BSD-3-clause|BSD-3-Clause",
        "BSD-2|BSD-2-Clause",
        "Apache-2.0|Apache-2.0",
        "Zlib|Zlib",
        "GPL-1+ or Artistic|GPL-1.0-or-later OR Artistic-1.0-Perl",
        "LGPL-3+ or GPL-2+|LGPL-3.0-or-later OR GPL-2.0-or-later",
        "BSL-1.0 and MIT|BSL-1.0 AND MIT",
        "GPL-2+ with Autoconf exception|GPL-2.0-or-later"
      })
  void debianNamesMapToSpdx(String debian, String spdx) {
    assertEquals(spdx, NAMES.spdx(debian));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"public-domain", "permissive", "BSD-BY-LC-NE", "GPL-7+"})
  void namesSpdxDoesNotKnowMapToNull(String debian) {
    assertNull(NAMES.spdx(debian));
  }

  static List<String[]> stanzas() {
    return List.of(
        new String[] {
          "GPL-2+",
          """
          This program is free software; you can redistribute it and/or modify
          it under the terms of the GNU General Public License as published by
          the Free Software Foundation; either version 2 of the License, or
          (at your option) any later version.

          On Debian systems, the complete text of the GNU General Public
          License version 2 can be found in "/usr/share/common-licenses/GPL-2"."""
        },
        new String[] {
          "LGPL-2.1",
          """
          This library is free software; you can redistribute it and/or
          modify it under the terms of the GNU Lesser General Public
          License version 2.1 as published by the Free Software Foundation.

          On Debian systems, the complete text of the GNU Lesser General
          Public License can be found in `/usr/share/common-licenses/LGPL-2.1'."""
        },
        new String[] {
          "Apache-2.0",
          """
          Licensed under the Apache License, Version 2.0 (the "License");
          you may not use this file except in compliance with the License.
          You may obtain a copy of the License at
          https://www.apache.org/licenses/LICENSE-2.0

          On Debian systems, the full text of the Apache License version 2.0
          can be found in the file `/usr/share/common-licenses/Apache-2.0'."""
        },
        new String[] {
          "GPL-3+ with Bison exception",
          """
          This program is free software: you can redistribute it and/or modify
          it under the terms of the GNU General Public License as published by
          the Free Software Foundation, either version 3 of the License, or
          (at your option) any later version.

          As a special exception, you may create a larger work that contains
          part or all of the Bison parser skeleton and distribute that work
          under terms of your choice. Alternatively, if you modify or redistribute
          the parser skeleton itself, you may (at your option) remove this
          special exception, which will cause the skeleton and the resulting
          Bison output files to be licensed under the GNU General Public
          License without this special exception."""
        },
        new String[] {
          "GPL",
          """
          On Debian machines the full text of the GNU General Public License
          can be found in the file /usr/share/common-licenses/GPL."""
        },
        new String[] {
          "CC0-1.0",
          """
          To the extent possible under law, the author(s) have dedicated all
          copyright and related and neighboring rights to this software to the
          public domain worldwide. This software is distributed without any
          warranty."""
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stanzas")
  void stanzaTextIsIdentifiedAsItsName(String name, String text) {
    Set<String> found = new TreeSet<>();
    for (LicenseFinding f : Detect.all("copyright", text)) {
      found.add(f.spdx().replaceAll(" WITH \\S+", "")); // Debian's names map without exceptions
    }
    assertEquals(Set.of(NAMES.spdx(name)), found, text);
  }
}
