package io.provscan.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyLoaderTest {
  @TempDir Path dir;

  Policy read(String yaml) throws IOException {
    return PolicyLoader.read(Files.writeString(dir.resolve("p.yaml"), yaml));
  }

  @Test
  void bundledDefaultBlocksReservationsAndReviewsNonCommercial() {
    Policy p = PolicyLoader.bundled();
    assertEquals(Action.BLOCK, p.reserved());
    assertEquals(Action.REVIEW, p.category("non-commercial"));
    assertEquals(Action.ALLOW, p.category("permissive"));
    assertEquals(Action.REVIEW, p.category(null));
    assertEquals(Action.BLOCK, p.pii().get("CN_RESIDENT_ID").action());
    assertEquals("bundled default", p.origin());
    assertEquals(64, p.sha256().length());
  }

  @Test
  void aFileChangesOnlyWhatItStates() throws IOException {
    Policy p =
        read(
            """
            licenses:
              categories:
                non-commercial: block
              deny: [LicenseRef-llama2]
            pii:
              types:
                EMAIL_ADDRESS: {action: block, min: 3}
            """);
    assertEquals(Action.BLOCK, p.category("non-commercial"));
    assertEquals(Action.ALLOW, p.category("permissive"), "kept from the default");
    assertEquals(Action.BLOCK, p.reserved(), "kept from the default");
    assertTrue(p.deny().contains("licenseref-llama2"));
    assertEquals(new Policy.Threshold(Action.BLOCK, 3), p.pii().get("EMAIL_ADDRESS"));
    assertEquals(Action.BLOCK, p.pii().get("CN_RESIDENT_ID").action(), "kept from the default");
    assertEquals(Action.REVIEW, p.piiCombined(), "pii.combined kept from the default");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown top key | 'version: 1\nlicences:\n  missing: block' | line 2: unknown key 'licences' at the top level",
        "bad action | 'optout:\n  reserved: maybe' | line 2: 'reserved' must be allow, review or block, got 'maybe'",
        "unknown category | 'licenses:\n  categories:\n    free: allow' | line 3: unknown licence category 'free'",
        "unknown clause | 'clauses:\n  mau: review' | line 2: unknown clause 'mau'",
        "bad combined action | 'pii:\n  combined: maybe' | line 2: 'pii.combined' must be allow, review or block, got 'maybe'",
        "unknown pii type | 'pii:\n  types:\n    EMAIL: block' | line 3: unknown personal-data type 'EMAIL'",
        "bad min | 'pii:\n  types:\n    EMAIL_ADDRESS: {action: block, min: 0}' | line 3: 'pii.types.EMAIL_ADDRESS.min' must be a whole number of at least 1",
        "no action | 'sensitive:\n  categories:\n    HEALTH: {min: 2}' | line 3: 'sensitive.categories.HEALTH' needs an 'action'",
        "duplicate key | 'items:\n  failed: block\n  failed: allow' | line 3: key 'failed' appears twice",
        "wrong version | 'version: 2' | line 1: version must be 1",
        "section not a map | 'optout: block' | line 1: optout must be a mapping",
        "deny not a list | 'licenses:\n  deny: MIT' | line 2: 'licenses.deny' must be a list",
        "unknown export key | 'export:\n  operator: {}' | line 2: unknown key 'operator' in 'export'",
        "unknown export operator | 'export:\n  operators:\n    EMAIL_ADDRESS: scramble' | line 3: 'export.operators.EMAIL_ADDRESS' must be one of hash, mask, none, redact, tag, got 'scramble'",
        "unknown export type | 'export:\n  operators:\n    EMAIL: hash' | line 3: unknown personal-data type 'EMAIL'",
      })
  void rejectsABadPolicyNamingTheLineAndTheKey(String what, String yaml, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> read(yaml.replace("\\n", "\n")));
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertTrue(e.getMessage().startsWith("policy " + dir.resolve("p.yaml")), e.getMessage());
  }

  @Test
  void readsExportOperatorsPerTypeAndADefault() throws IOException {
    Policy p =
        read(
            """
            export:
              operators:
                default: Redact
                EMAIL_ADDRESS: hash
                PERSON: none
            """);
    assertEquals(
        java.util.Map.of("default", "redact", "EMAIL_ADDRESS", "hash", "PERSON", "none"),
        p.exportOperators());
    assertTrue(PolicyLoader.bundled().exportOperators().isEmpty(), "the bundled policy is silent");
    assertEquals(Action.BLOCK, p.reserved(), "the rest kept from the default");
  }

  @Test
  void exportOperatorNamesAreTheExportsOperators() {
    java.util.Set<String> ids = new java.util.TreeSet<>();
    for (io.provscan.export.Operator o : io.provscan.export.Operator.values()) {
      ids.add(o.id());
    }
    assertEquals(ids, new java.util.TreeSet<>(PolicyNames.EXPORT_OPERATORS));
  }

  @Test
  void reportsInvalidYamlWithItsLine() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> read("items:\n  failed: [block\n"));
    assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    assertTrue(e.getMessage().matches(".*line [23]:.*"), e.getMessage());
  }

  @Test
  void anEmptyFileKeepsTheDefaults() throws IOException {
    Policy p = read("");
    assertEquals(PolicyLoader.bundled().categories(), p.categories());
  }
}
