package io.provscan.detect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.provscan.detect.LicenseFinding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Notices as Debian's copyright files quote them: wrapped between "under" and "the terms", and "the
 * same terms as Perl itself". Each was missed before; the texts are the stanzas' own wording.
 */
class WrappedNoticesTest {
  @Test
  void readsAnLgplNoticeThatWrapsBetweenUnderAndTheTerms() {
    String text =
        """
        This program is free software; you can redistribute it and/or modify it under
        the terms of the GNU Lesser General Public License as published by the Free
        Software Foundation; either version 3 of the License, or (at your option) any
        later version.  See http://www.gnu.org/copyleft/lgpl.html for the full text
        of the license.""";
    LicenseFinding f = Detect.only(Detect.all("copyright", text), "notice");
    assertEquals("LGPL-3.0-or-later", f.spdx());
    assertEquals(1, f.lines().start(), "the notice starts on the line of its trigger");
  }

  @Test
  void readsAGplNoticeWithoutTheWordsOfTheLicenseAfterTheVersion() {
    String text =
        """
        This is free software; you can redistribute it and/or modify it under
        the terms of the GNU General Public License as published by the Free
        Software Foundation; either version 3, or (at your option) any later
        version.""";
    assertEquals(List.of("GPL-3.0-or-later"), ids(text));
  }

  @Test
  void aTriggerOnOneLineStillReadsAsBefore() {
    String text = "Licensed under the Apache License, Version 2.0 (the \"License\");";
    assertEquals(List.of("Apache-2.0"), ids(text));
  }

  @Test
  void wordsOnTwoLinesThatAreNoTriggerStayNothing() {
    String text = "We met under\nthe bridge and walked on.\n";
    assertEquals(List.of(), ids(text));
  }

  @Test
  void readsAChoiceWhoseAlternativesAreSetApartByBlankLines() {
    String text =
        """
        This file is free software; you can redistribute it and/or modify
        it under the terms of either

          * the GNU Lesser General Public License as published by the Free
            Software Foundation; either version 3 of the License, or (at
            your option) any later version

        or

          * the GNU General Public License as published by the Free
            Software Foundation; either version 2 of the License, or (at
            your option) any later version

        or both in parallel, as here.""";
    assertEquals(List.of("LGPL-3.0-or-later OR GPL-2.0-or-later"), ids(text));
  }

  @Test
  void aBlankLineStillEndsANoticeThatIsNoChoice() {
    String text =
        """
        Licensed under the MIT license.

        Parts of the documentation mention the Apache License elsewhere.""";
    assertEquals(List.of("MIT"), ids(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "it under the same terms as Python itself, so long as this copyright message | Python-2.0",
        "This library is free software; you can redistribute it and/or modify it under the same"
            + " terms as Perl itself. | Artistic-1.0-Perl OR GPL-1.0-or-later",
        "under the same terms as the Perl 5 programming language system itself | ",
        "You may use it under the same terms as Ruby. | Ruby"
      })
  void readsTheSameTermsAsALanguage(String text, String expected) {
    List<String> got = ids(text);
    assertEquals(expected == null ? List.of() : List.of(expected), got);
  }

  private static List<String> ids(String text) {
    return Detect.all("copyright", text).stream().map(LicenseFinding::spdx).toList();
  }
}
