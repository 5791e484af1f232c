package io.provscan.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.manifest.NormalizedLicense.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenseTableTest {
  private final LicenseNormalizer names = LicenseNormalizer.builtIn();

  @ParameterizedTest(name = "{0} → {1} ({2})")
  @CsvSource({
    // Hugging Face Hub ids
    "apache-2.0, Apache-2.0, SPDX",
    "mit, MIT, SPDX",
    "cc-by-nc-sa-4.0, CC-BY-NC-SA-4.0, SPDX",
    "cc-by-4.0, CC-BY-4.0, SPDX",
    "cc0-1.0, CC0-1.0, SPDX",
    "'  CC-BY-SA-3.0 ', CC-BY-SA-3.0, SPDX",
    "gpl-3.0, GPL-3.0-only, SPDX",
    "lgpl-lr, LGPLLR, SPDX",
    "c-uda, C-UDA-1.0, SPDX",
    "odc-by, ODC-By-1.0, SPDX",
    "odbl, ODbL-1.0, SPDX",
    "bsd-3-clause, BSD-3-Clause, SPDX",
    "llama2, LicenseRef-llama2, LICENSE_REF",
    "llama3.1, LicenseRef-llama3.1, LICENSE_REF",
    "bigscience-openrail-m, LicenseRef-bigscience-openrail-m, LICENSE_REF",
    "openrail++, LicenseRef-openrail-plusplus, LICENSE_REF",
    "unknown, NOASSERTION, NO_ASSERTION",
    // families without a version are kept, never guessed
    "gpl, gpl, AMBIGUOUS",
    "cc, cc, AMBIGUOUS",
    "bsd, bsd, AMBIGUOUS",
    "gfdl, gfdl, AMBIGUOUS",
    "openrail, openrail, AMBIGUOUS",
    // Open Definition ids (Frictionless)
    "ODC-PDDL-1.0, PDDL-1.0, SPDX",
    "ODC-BY-1.0, ODC-By-1.0, SPDX",
    "ODC-ODbL-1.0, ODbL-1.0, SPDX",
    "notspecified, NOASSERTION, NO_ASSERTION",
    "other-nc, LicenseRef-other-nc, LICENSE_REF",
    // licence URLs
    "https://choosealicense.com/licenses/cc-by-sa-4.0/, CC-BY-SA-4.0, SPDX",
    "https://creativecommons.org/licenses/by-nc-sa/4.0/, CC-BY-NC-SA-4.0, SPDX",
    "http://creativecommons.org/licenses/by/3.0/legalcode, CC-BY-3.0, SPDX",
    "https://creativecommons.org/publicdomain/zero/1.0/, CC0-1.0, SPDX",
    "http://opendatacommons.org/licenses/pddl/, PDDL-1.0, SPDX",
    "https://opendatacommons.org/licenses/odbl/1-0/, ODbL-1.0, SPDX",
    "https://www.apache.org/licenses/LICENSE-2.0, Apache-2.0, SPDX",
    "https://spdx.org/licenses/MIT.html, MIT, SPDX",
    "https://spdx.org/licenses/BSD-4-Clause.html, BSD-4-Clause, SPDX",
    "https://opensource.org/licenses/MIT, MIT, SPDX",
    // kept as written
    "https://example.com/my-terms, https://example.com/my-terms, UNRECOGNISED",
    "https://creativecommons.org/licenses/by/3.0/de/, https://creativecommons.org/licenses/by/3.0/de/, UNRECOGNISED",
    "my own licence, my own licence, UNRECOGNISED",
  })
  void normalisesManifestLicenceNames(String declared, String id, Kind kind) {
    NormalizedLicense l = names.normalize(declared);
    assertEquals(id, l.id());
    assertEquals(kind, l.kind());
    assertEquals(declared.strip(), l.asWritten());
  }

  @ParameterizedTest
  @CsvSource({"gpl, family", "cc, family", "whatever-1.0, not a licence id"})
  void ambiguousAndUnknownNamesAreProblems(String declared, String words) {
    String problem = names.normalize(declared).problem().orElseThrow();
    assertTrue(problem.contains(declared) && problem.contains(words), problem);
  }

  @ParameterizedTest
  @CsvSource({"mit", "unknown", "llama2"})
  void knownNamesAreNoProblem(String declared) {
    assertTrue(names.normalize(declared).problem().isEmpty());
  }
}
