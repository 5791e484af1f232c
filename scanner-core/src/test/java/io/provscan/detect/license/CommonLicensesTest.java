package io.provscan.detect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The licence texts Debian installs in /usr/share/common-licenses are identified. */
class CommonLicensesTest {
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "Apache-2.0, Apache-2.0",
    "Artistic, Artistic-1.0-Perl",
    "BSD, BSD-3-Clause",
    "CC0-1.0, CC0-1.0",
    "GFDL-1.2, GFDL-1.2-only",
    "GFDL-1.3, GFDL-1.3-only",
    "GPL-1, GPL-1.0-only",
    "GPL-2, GPL-2.0-only",
    "GPL-3, GPL-3.0-only",
    "LGPL-2, LGPL-2.0-only",
    "LGPL-2.1, LGPL-2.1-only",
    "LGPL-3, LGPL-3.0-only",
    "MPL-1.1, MPL-1.1",
    "MPL-2.0, MPL-2.0"
  })
  void debianCommonLicenceIsIdentified(String file, String id) throws IOException {
    Path path = Path.of("/usr/share/common-licenses", file);
    assertTrue(Files.isRegularFile(path), "this machine has no " + path);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    List<String> found = Detect.texts(text);
    assertEquals(List.of(id), found);
    assertTrue(Detect.all(file, text).get(0).confidence() >= 0.99);
  }
}
