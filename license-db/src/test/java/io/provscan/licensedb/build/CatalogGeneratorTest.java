package io.provscan.licensedb.build;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step refuses a bad entry, naming the file and the field. */
class CatalogGeneratorTest {
  @TempDir Path dir;

  private void licensesDir(String entryName, String entry) throws IOException {
    Path repo = Path.of(System.getProperty("provscan.repo"), "license-db/src/main/licenses");
    Files.copy(repo.resolve("spdx.yaml"), dir.resolve("spdx.yaml"));
    Files.createDirectories(dir.resolve("entries"));
    Files.writeString(dir.resolve("entries").resolve(entryName), entry);
  }

  @Test
  void anInvalidEntryFailsTheBuildNamingFileAndField() throws IOException {
    licensesDir(
        "broken.yaml",
        "id: LicenseRef-broken\nname: Broken\ncategory: sort-of-free\naliases: [broken]\n"
            + "match:\n  all: [BROKEN LICENCE]\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CatalogGenerator.generate(dir));
    assertTrue(
        e.getMessage()
            .startsWith("license-db/src/main/licenses/entries/broken.yaml: field 'category'"),
        e.getMessage());
  }

  @Test
  void anAliasThatNamesTwoLicencesIsRefused() throws IOException {
    licensesDir(
        "twice.yaml",
        "id: LicenseRef-twice\nname: Twice\ncategory: permissive\naliases: [Expat]\n"
            + "match:\n  all: [TWICE LICENCE]\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CatalogGenerator.generate(dir));
    assertTrue(e.getMessage().contains("twice.yaml: field 'aliases' has 'Expat'"), e.getMessage());
    assertTrue(e.getMessage().contains("MIT"), e.getMessage());
  }

  @Test
  void aFileNamedUnlikeItsIdIsRefused() throws IOException {
    licensesDir(
        "other.yaml",
        "id: LicenseRef-mismatch\nname: M\ncategory: permissive\naliases: [m-licence]\n"
            + "match:\n  all: [M LICENCE]\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CatalogGenerator.generate(dir));
    assertTrue(e.getMessage().contains("must live in a file named mismatch.yaml"), e.getMessage());
  }
}
