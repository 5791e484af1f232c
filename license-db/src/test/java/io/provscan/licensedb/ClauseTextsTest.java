package io.provscan.licensedb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Clause descriptions in both languages; Chinese terms for the model licences' restrictions. */
class ClauseTextsTest {
  /** Clause types whose terms are restrictions a Chinese reader must be able to read. */
  static final Set<ClauseType> RESTRICTIONS =
      Set.of(
          ClauseType.OUTPUT_USE_RESTRICTION,
          ClauseType.USE_RESTRICTIONS,
          ClauseType.COMMERCIAL_REGISTRATION,
          ClauseType.MAU_THRESHOLD);

  @Test
  void describesEveryClauseTypeInBothLanguages() {
    ClauseTexts en = ClauseTexts.of(Locale.ENGLISH);
    ClauseTexts zh = ClauseTexts.of(Locale.CHINESE);
    for (ClauseType t : ClauseType.values()) {
      assertNotNull(en.describe(t.id()), t.id());
      assertNotNull(zh.describe(t.id()), t.id());
      assertNotEquals(en.describe(t.id()), zh.describe(t.id()), t.id());
    }
    assertNull(zh.describe("no-such-clause"));
  }

  @Test
  void everyChineseTermNamesAClauseOfTheCatalogue() {
    Set<String> clauses = new TreeSet<>();
    for (LicenseEntry e : Catalog.get().entries()) {
      e.clauses().forEach(c -> clauses.add(e.id() + "." + c.type().id()));
    }
    Set<String> unknown = new TreeSet<>(ClauseTexts.of(Locale.CHINESE).valueKeys());
    unknown.removeAll(clauses);
    assertEquals(Set.of(), unknown);
  }

  @Test
  void everyModelLicenceRestrictionReadsInChinese() {
    ClauseTexts zh = ClauseTexts.of(Locale.CHINESE);
    List<String> missing =
        Catalog.get().entries().stream()
            .flatMap(
                e ->
                    e.clauses().stream()
                        .filter(c -> RESTRICTIONS.contains(c.type()))
                        .filter(c -> zh.value(e.id(), c.type().id()) == null)
                        .map(c -> e.id() + "." + c.type().id()))
            .toList();
    assertEquals(List.of(), missing);
    assertEquals(
        "被许可方产品在 Llama 2 发布日的月活跃用户超过 7 亿时，须向 Meta 申请许可",
        zh.value("LicenseRef-llama2", "mau-threshold"));
    assertNull(ClauseTexts.of(Locale.ENGLISH).value("LicenseRef-llama2", "mau-threshold"));
  }
}
