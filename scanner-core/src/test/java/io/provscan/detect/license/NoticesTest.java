package io.provscan.detect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.detect.LicenseFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Standard licence notices and headers as projects put them at the top of their files, wrapped over
 * comment lines of every style, and the version words ("or later", "v2+", "only") they carry.
 */
class NoticesTest {
  /** The notices, as their projects write them (wrapped at their usual columns). */
  static final List<String[]> NOTICES =
      List.of(
          new String[] {
            "GPL-2.0-or-later",
            """
            This program is free software; you can redistribute it and/or modify
            it under the terms of the GNU General Public License as published by
            the Free Software Foundation; either version 2 of the License, or
            (at your option) any later version.

            This program is distributed in the hope that it will be useful,
            but WITHOUT ANY WARRANTY; without even the implied warranty of
            MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
            GNU General Public License for more details."""
          },
          new String[] {
            "GPL-2.0-only",
            """
            This program is free software; you can redistribute it and/or modify it
            under the terms of the GNU General Public License version 2 as
            published by the Free Software Foundation.

            This program is distributed in the hope that it will be useful, but
            WITHOUT ANY WARRANTY; without even the implied warranty of
            MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE."""
          },
          new String[] {
            "GPL-3.0-or-later",
            """
            This program is free software: you can redistribute it and/or modify
            it under the terms of the GNU General Public License as published by
            the Free Software Foundation, either version 3 of the License, or
            (at your option) any later version."""
          },
          new String[] {
            "GPL-3.0-only",
            """
            This file is free software: you can redistribute it and/or modify it
            under the terms of the GNU General Public License as published by the
            Free Software Foundation, version 3.

            This file is distributed in the hope that it will be useful."""
          },
          new String[] {
            "LGPL-2.1-or-later",
            """
            This library is free software; you can redistribute it and/or
            modify it under the terms of the GNU Lesser General Public
            License as published by the Free Software Foundation; either
            version 2.1 of the License, or (at your option) any later version."""
          },
          new String[] {
            "LGPL-3.0-or-later",
            """
            This program is free software: you can redistribute it and/or modify
            it under the terms of the GNU Lesser General Public License as published
            by the Free Software Foundation, either version 3 of the License, or
            (at your option) any later version."""
          },
          new String[] {
            "AGPL-3.0-or-later",
            """
            This program is free software: you can redistribute it and/or modify
            it under the terms of the GNU Affero General Public License as
            published by the Free Software Foundation, either version 3 of the
            License, or (at your option) any later version."""
          },
          new String[] {
            "Apache-2.0",
            """
            Licensed under the Apache License, Version 2.0 (the "License");
            you may not use this file except in compliance with the License.
            You may obtain a copy of the License at

                http://www.apache.org/licenses/LICENSE-2.0

            Unless required by applicable law or agreed to in writing, software
            distributed under the License is distributed on an "AS IS" BASIS."""
          },
          new String[] {
            "MPL-2.0",
            """
            This Source Code Form is subject to the terms of the Mozilla Public
            License, v. 2.0. If a copy of the MPL was not distributed with this
            file, You can obtain one at http://mozilla.org/MPL/2.0/."""
          },
          new String[] {
            "EPL-2.0",
            """
            This program and the accompanying materials are made
            available under the terms of the Eclipse Public License 2.0
            which is available at https://www.eclipse.org/legal/epl-2.0/"""
          },
          new String[] {
            "EPL-1.0",
            """
            All rights reserved. This program and the accompanying materials
            are made available under the terms of the Eclipse Public License v1.0
            which accompanies this distribution, and is available at
            http://www.eclipse.org/legal/epl-v10.html"""
          },
          new String[] {
            "CDDL-1.0",
            """
            The contents of this file are subject to the terms of the
            Common Development and Distribution License (the "License").
            You may not use this file except in compliance with the License."""
          });

  /** How languages mark a comment line. */
  static final List<String> MARKERS =
      List.of("// ", "# ", " * ", ";; ", "-- ", "REM ", "dnl ", "%% ");

  static Stream<Arguments> noticesInEveryCommentStyle() {
    List<Arguments> out = new ArrayList<>();
    for (String[] n : NOTICES) {
      for (String marker : MARKERS) {
        out.add(Arguments.of(n[0], marker, commented(n[1], marker)));
      }
    }
    return out.stream();
  }

  private static String commented(String text, String marker) {
    return text.lines()
        .map(l -> l.isBlank() ? marker.stripTrailing() : marker + l)
        .collect(Collectors.joining("\n", "Copyright (c) 2019 The Authors\n", "\nint main;\n"));
  }

  @ParameterizedTest(name = "{0} after \"{1}\"")
  @MethodSource
  void noticesInEveryCommentStyle(String spdx, String marker, String file) {
    LicenseFinding f = Detect.only(Detect.all("src/file", file), "notice");
    assertEquals(spdx, f.spdx(), file);
    assertTrue(f.confidence() >= ReferenceFinder.NOTICE_WORDS, f::toString);
    assertTrue(f.lines().start() >= 2 && f.lines().start() <= 4, f::toString);
  }

  @Test
  void aStandardHeaderWordForWordIsSurerThanANoticeInItsOwnWords() {
    LicenseFinding standard = only(NOTICES.get(0)[1]);
    LicenseFinding ownWords = only(NOTICES.get(1)[1]);
    assertEquals(ReferenceFinder.STANDARD_NOTICE, standard.confidence());
    assertEquals(ReferenceFinder.NOTICE_WORDS, ownWords.confidence());
  }

  @Test
  void noBreakSpacesBetweenWordsAsTikaWritesSourceCodeAreSpaces() {
    String nbsp = NOTICES.get(0)[1].replace(' ', '\u00A0');
    assertEquals("GPL-2.0-or-later", only(commented(nbsp, "\u00A0*\u00A0")).spdx());
    List<LicenseFinding> tag =
        Detect.all("A.java", "//\u00A0SPDX-License-Identifier:\u00A0EPL-2.0\n");
    assertEquals("EPL-2.0", Detect.only(tag, "tag").spdx());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "This code is licensed under the GPL version 2 or later.|GPL-2.0-or-later",
        "Licensed under the GPLv2+.|GPL-2.0-or-later",
        "Released under the GPL-2+ (see COPYING).|GPL-2.0-or-later",
        "Distributed under the GPLv3 or any later version.|GPL-3.0-or-later",
        "This package is released under the GPL.|GPL-1.0-or-later",
        "%% This package is released under the GPL.|GPL-1.0-or-later",
        "Licensed under the GNU Lesser General Public License version 2.1 only.|LGPL-2.1-only",
        "Licensed under the GNU General Public License v3.|GPL-3.0-only",
        "dnl distributed under the terms of the GNU General Public License.|GPL-1.0-or-later",
        "Released under the GNU LGPL, version 2.1 or newer.|LGPL-2.1-or-later",
        "License: LGPL-2.1-or-later for all code|LGPL-2.1-or-later"
      })
  void versionWordsDecideOnlyOrLater(String line, String spdx) {
    List<LicenseFinding> found = Detect.all("README", "# tool\n\n" + line + "\n");
    assertEquals(List.of(spdx), found.stream().map(LicenseFinding::spdx).toList(), line);
  }

  @Test
  void materialSubjectToTheTermsAndConditionsOfAVersionIsThatVersion() {
    // A device-mapper style grant as Debian quotes it; its pointer names a file of another version.
    String text =
        """
        This copyrighted material is made available to anyone wishing to use,
        modify, copy, or redistribute it subject to the terms and conditions
        of the GNU Lesser General Public License v.2.1.

        On Debian systems, the complete text of the GNU Lesser General
        Public License can be found in "/usr/share/common-licenses/LGPL-2".
        """;
    List<LicenseFinding> found = Detect.all("copyright", text);
    assertEquals(
        List.of("LGPL-2.1-only"),
        found.stream().filter(f -> f.confidence() > 0).map(LicenseFinding::spdx).toList(),
        found::toString);
  }

  /** A path under common-licenses names the package's licence only where the words point to it. */
  @Test
  void aCommonLicensesPathIsAPointerOnlyWhereItsWordsSaySo() {
    String changelog =
        "pkg (1.2-3) unstable\n\n  * Fix the symlink to /usr/share/common-licenses/GPL-1.\n";
    assertEquals(List.of(), Detect.all("changelog", changelog));
    String wrapped =
        "On Debian systems, the full text can be found in\n  /usr/share/common-licenses/GPL-2\n";
    assertEquals(
        List.of("GPL-2.0-only"),
        Detect.all("copyright", wrapped).stream().map(LicenseFinding::spdx).toList());
  }

  @Test
  void aNoticeAfterTheWarrantyOfAnotherIsNotAStandardHeader() {
    String apacheDisclaimer =
        """
        Unless required by applicable law or agreed to in writing, software
        distributed under the License is distributed on an "AS IS" BASIS,
        WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.""";
    assertEquals(List.of(), Detect.all("x.py", apacheDisclaimer));
  }

  @Test
  void theOnlyHeaderIsNotReadIntoANoticeThatGoesOnToLaterVersions() {
    StandardNotices notices = Detect.DETECTOR.knowledge().notices();
    String gpl2 =
        "it under the terms of the GNU General Public License as published by the Free Software"
            + " Foundation; version 2 of the License, or (at your option) any later version.";
    assertEquals(null, notices.exact(gpl2), "an -only header followed by later words is not it");
    String header = Detect.DETECTOR.knowledge().catalog().headers().get("GPL-2.0-or-later");
    assertTrue(
        StandardNotices.grant(header, "GNU General Public License v2.0 or later")
            .contains(" either version 2 of the license or at your option any later version "));
  }

  private static LicenseFinding only(String text) {
    return Detect.only(Detect.all("x.c", text), "notice");
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource
  void choicesOfLicencesAreOrExpressions(String text, String spdx) {
    List<LicenseFinding> found = Detect.all("x", text);
    assertEquals(List.of(spdx), found.stream().map(LicenseFinding::spdx).toList(), text);
  }

  @Test
  void anAndOutsideADualLicenceNoticeIsNoChoice() {
    String stanza =
        """
        License: GPL-2+ or AFL-2.1, and Expat and Tcl-BSDish
        Comment:
         The permissive licenses appear to be compatible with either the GPL-2+
         or the AFL-2.1, so the effective license is "GPL-2+ or AFL-2.1".""";
    List<LicenseFinding> found = Detect.all("copyright", stanza);
    assertTrue(found.stream().noneMatch(f -> f.spdx().contains("MIT")), found::toString);
  }

  static Stream<Arguments> choicesOfLicencesAreOrExpressions() {
    return Stream.of(
        Arguments.of(
            """
            This program is free software; you can redistribute it and/or modify
            it under the terms of either:

              a) the GNU General Public License as published by the Free Software
                 Foundation; either version 1, or (at your option) any later
                 version, or

              b) the "Artistic License" which comes with Perl.""",
            "GPL-1.0-or-later OR Artistic-1.0-Perl"),
        Arguments.of(
            "Licensed under either of Apache License, Version 2.0 (LICENSE-APACHE or"
                + " http://www.apache.org/licenses/LICENSE-2.0) or MIT license (LICENSE-MIT or"
                + " http://opensource.org/licenses/MIT) at your option.",
            "Apache-2.0 OR MIT"),
        Arguments.of(
            "/*!\n * jQuery JavaScript Library\n * Dual licensed under the MIT and GPL licenses.\n */",
            "MIT OR GPL-1.0-or-later"),
        Arguments.of(
            """
            # This file is free software; you can redistribute it and/or modify
            # it under the terms of either
            #   * the GNU Lesser General Public License as published by the Free
            #     Software Foundation; either version 3 of the License, or (at your
            #     option) any later version.
            # or
            #   * the GNU General Public License as published by the Free Software
            #     Foundation; either version 2 of the License, or (at your option) any
            #     later version.""",
            "LGPL-3.0-or-later OR GPL-2.0-or-later"),
        Arguments.of(
            """
            This library is free software; you can redistribute it and/or
            modify it either under the terms of the GNU Lesser General Public
            License version 2.1 as published by the Free Software Foundation
            (the "LGPL") or, at your option, under the terms of the Mozilla
            Public License Version 1.1 (the "MPL").""",
            "LGPL-2.1-only OR MPL-1.1"));
  }
}
