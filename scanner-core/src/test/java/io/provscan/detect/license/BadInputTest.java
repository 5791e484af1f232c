package io.provscan.detect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.detect.LicenseFinding;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile input: huge texts, binary garbage, broken front matter and manifests. */
class BadInputTest {
  @Test
  void aHugeTextIsReadOnlyInItsHeadAndTail() {
    StringBuilder sb = new StringBuilder(NearMissTest.MIT);
    String filler = "lorem ipsum dolor sit amet consectetur adipiscing elit\n";
    while (sb.length() < 3_000_000) {
      sb.append(filler);
    }
    int middle = sb.length() / 2;
    sb.insert(middle, "\n// SPDX-License-Identifier: GPL-3.0-only\n");
    sb.append("// SPDX-License-Identifier: BSD-2-Clause\n");
    List<LicenseFinding> found = Detect.all("huge.txt", sb.toString());
    assertEquals(List.of("MIT"), Detect.ids(found, "text"));
    assertEquals(List.of("BSD-2-Clause"), Detect.ids(found, "tag"), "the middle is not read");
    long lines = sb.chars().filter(c -> c == '\n').count();
    assertEquals(lines, Detect.only(found, "tag").lines().start());
  }

  @Test
  void binaryGarbageFindsNothingAndDoesNotThrow() {
    Random r = new Random(42);
    char[] c = new char[200_000];
    for (int i = 0; i < c.length; i++) {
      c[i] = (char) r.nextInt(0x3000);
    }
    assertTrue(Detect.all("blob.bin", new String(c)).isEmpty());
  }

  @Test
  void brokenFrontMatterAndManifestsAreIgnored() {
    assertTrue(Detect.all("README.md", "---\nlicense: [unclosed\n---\n").isEmpty());
    assertTrue(Detect.all("package.json", "{\"license\": ").isEmpty());
    assertTrue(Detect.all("README.md", "---\n- a\n- b\n---\n").isEmpty());
  }

  @Test
  void emptyTextFindsNothing() {
    assertTrue(Detect.all("LICENSE", "").isEmpty());
  }
}
