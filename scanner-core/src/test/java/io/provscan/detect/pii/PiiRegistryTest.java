package io.provscan.detect.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The enums are the registry: every type has a rule, every name a sentence of help. */
class PiiRegistryTest {

  @ParameterizedTest
  @EnumSource(PiiType.class)
  void everyTypeHasARuleAndOneSentenceOfHelp(PiiType type) {
    assertNotNull(type.rule(LocalDate.of(2026, 1, 1)));
    assertOneSentence(type.help());
  }

  @ParameterizedTest
  @EnumSource(SensitiveCategory.class)
  void everyCategoryHasOneSentenceOfHelp(SensitiveCategory category) {
    assertOneSentence(category.help());
  }

  @Test
  void helpListsTheAcceptedNamesInTheirOrder() {
    Map<String, String> help = PiiSelection.help();
    List<String> accepted = PiiSelection.accepted();
    assertEquals(accepted, List.copyOf(help.keySet()));
    assertEquals(PiiType.values().length + SensitiveCategory.values().length, accepted.size());
    assertEquals(PiiType.EMAIL_ADDRESS.help(), help.get("EMAIL_ADDRESS"));
    assertEquals(SensitiveCategory.HEALTH.help(), help.get("HEALTH"));
  }

  @ParameterizedTest
  @EnumSource(PiiType.class)
  void theDocsNameEveryType(PiiType type) throws IOException {
    for (String doc : List.of("README.md", "docs/policy.md", "docs/report-format.md")) {
      assertTrue(read(doc).contains("`" + type.name() + "`"), doc + " does not name " + type);
    }
  }

  @ParameterizedTest
  @EnumSource(SensitiveCategory.class)
  void theDocsNameEveryCategory(SensitiveCategory category) throws IOException {
    for (String doc : List.of("README.md", "docs/policy.md", "docs/report-format.md")) {
      assertTrue(
          read(doc).contains("`" + category.name() + "`"), doc + " does not name " + category);
    }
  }

  /** A file of the project, read from the module folder the tests run in. */
  private static String read(String file) throws IOException {
    return Files.readString(Path.of("..").resolve(file));
  }

  private static void assertOneSentence(String help) {
    assertTrue(help.endsWith("."), help);
    assertTrue(Character.isUpperCase(help.charAt(0)), help);
    assertTrue(help.length() < 160, help);
  }
}
