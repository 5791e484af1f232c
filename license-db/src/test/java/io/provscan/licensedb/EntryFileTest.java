package io.provscan.licensedb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryFileTest {
  static final String VALID =
      "id: LicenseRef-example\n"
          + "name: Example Model Licence\n"
          + "version: \"1.0\"\n"
          + "date: 2024-01-31\n"
          + "category: non-commercial\n"
          + "urls: [https://example.org/licence]\n"
          + "aliases: [example]\n"
          + "match:\n"
          + "  all: [EXAMPLE MODEL LICENCE]\n"
          + "clauses:\n"
          + "  - id: mau-threshold\n"
          + "    value: 1000000\n"
          + "    phrase: more than one million monthly active users\n"
          + "  - id: revenue-threshold\n"
          + "    value: {amount: 5000000, currency: USD, per: year}\n"
          + "  - id: non-commercial\n"
          + "    value: true\n";

  @Test
  void readsAValidEntry() {
    LicenseEntry e = EntryFile.parse(VALID, "entries/example.yaml");
    assertEquals("LicenseRef-example", e.id());
    assertEquals(LicenseCategory.NON_COMMERCIAL, e.category());
    assertEquals(ClauseType.MAU_THRESHOLD, e.clauses().get(0).type());
    assertEquals(1000000, ((Number) e.clauses().get(0).value()).intValue());
    assertEquals("more than one million monthly active users", e.clauses().get(0).phrase());
    assertEquals("provscan", e.source());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "category: non-commercial|category: free-ish|'category' unknown licence category 'free-ish'",
        "id: LicenseRef-example|id: Example|'id' 'Example' must be LicenseRef-",
        "date: 2024-01-31|date: 31.01.2024|'date' '31.01.2024' must be a date",
        "    value: 1000000|    value: -5|'clauses[0].value' of mau-threshold must be a positive",
        "currency: USD|currency: dollars|'clauses[1].value' of revenue-threshold needs a 'currency'",
        "  - id: non-commercial|  - id: no-fun|'clauses[2].id' unknown clause 'no-fun'",
        "    value: true|    value: false|'clauses[2].value' of non-commercial must be true",
        "urls: [https://example.org/licence]|urls: [example.org]|'urls' 'example.org' must start",
        "aliases: [example]|aliases: []|'aliases' needs at least one alias",
        "  all: [EXAMPLE MODEL LICENCE]|  all: []|'match.all' needs at least one phrase",
        "name: Example Model Licence|nickname: x|'nickname' is not a known field",
        "version: \"1.0\"|version: 1.0|'version' must be a string"
      })
  void anInvalidEntryNamesTheFileAndTheField(String from, String to, String message) {
    String broken = VALID.replace(from, to);
    assertTrue(!broken.equals(VALID), "the replacement must change the entry");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> EntryFile.parse(broken, "entries/example.yaml"));
    assertTrue(e.getMessage().startsWith("entries/example.yaml: field "), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void brokenYamlNamesTheFile() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> EntryFile.parse("id: [", "entries/bad.yaml"));
    assertTrue(e.getMessage().startsWith("entries/bad.yaml: "), e.getMessage());
  }
}
