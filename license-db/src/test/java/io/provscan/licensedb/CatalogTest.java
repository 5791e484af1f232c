package io.provscan.licensedb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalogue bundled by the build: the SPDX list offline and provscan's own entries. */
class CatalogTest {
  static final Catalog CATALOG = Catalog.get();

  @Test
  void holdsTheSpdxListWithFlagsAndTemplates() {
    assertTrue(CATALOG.spdxListVersion().matches("\\d+\\.\\d+(\\.\\d+)?"));
    LicenseEntry mit = CATALOG.byId("mit").orElseThrow();
    assertEquals("MIT", mit.id());
    assertTrue(mit.osiApproved() && mit.isSpdx() && !mit.deprecated());
    assertEquals(LicenseCategory.PERMISSIVE, mit.category());
    assertTrue(CATALOG.templates().get("MIT").contains("Permission is hereby granted"));
    assertTrue(CATALOG.byId("GPL-2.0").orElseThrow().deprecated());
    assertTrue(CATALOG.byId("Classpath-exception-2.0").orElseThrow().exception());
    assertTrue(CATALOG.entries().stream().filter(LicenseEntry::isSpdx).count() > 700);
  }

  @Test
  void categoriesFollowTheReviewedRules() {
    assertEquals(LicenseCategory.NETWORK_COPYLEFT, cat("AGPL-3.0-only"));
    assertEquals(LicenseCategory.STRONG_COPYLEFT, cat("GPL-3.0-or-later"));
    assertEquals(LicenseCategory.WEAK_COPYLEFT, cat("MPL-2.0"));
    assertEquals(LicenseCategory.NON_COMMERCIAL, cat("CC-BY-NC-ND-4.0"));
    assertEquals(LicenseCategory.NO_DERIVATIVES, cat("CC-BY-ND-4.0"));
    assertEquals(LicenseCategory.STRONG_COPYLEFT, cat("CC-BY-SA-4.0"));
    assertEquals(LicenseCategory.PUBLIC_DOMAIN, cat("CC0-1.0"));
    assertEquals(LicenseCategory.PROPRIETARY, cat("BUSL-1.1"));
  }

  private static LicenseCategory cat(String id) {
    return CATALOG.byId(id).orElseThrow().category();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "LicenseRef-llama2",
        "LicenseRef-llama2-aup",
        "LicenseRef-llama3",
        "LicenseRef-llama3-aup",
        "LicenseRef-llama3.1",
        "LicenseRef-llama3.2",
        "LicenseRef-llama3.3",
        "LicenseRef-llama4",
        "LicenseRef-llama4-aup",
        "LicenseRef-chatglm-6b",
        "LicenseRef-chatglm2-6b",
        "LicenseRef-chatglm3-6b",
        "LicenseRef-glm-4",
        "LicenseRef-tongyi-qianwen",
        "LicenseRef-tongyi-qianwen-research",
        "LicenseRef-qwen-research",
        "LicenseRef-yi-1.0",
        "LicenseRef-yi-2.1",
        "LicenseRef-deepseek",
        "LicenseRef-bigscience-bloom-rail-1.0",
        "LicenseRef-bigscience-openrail-m",
        "LicenseRef-bigcode-openrail-m",
        "LicenseRef-creativeml-openrail-m",
        "LicenseRef-openrail-plusplus",
        "LicenseRef-gemma",
        "LicenseRef-mistral-mnpl-0.1",
        "LicenseRef-mistral-mrl-0.1",
        "LicenseRef-stability-ai-community",
        "LicenseRef-stability-ai-nc-research-community",
        "LicenseRef-nvidia-open-model",
        "LicenseRef-falcon-2-11b-tii-1.0",
        "LicenseRef-falcon-3-tii",
        "LicenseRef-falcon-180b-tii-1.0",
        "LicenseRef-databricks-open-model",
        "LicenseRef-grok2-community",
        "LicenseRef-kimi-k2-modified-mit"
      })
  void everyModelLicenceTheIssueNamesHasAnEntry(String id) {
    LicenseEntry e = CATALOG.byId(id).orElseThrow(() -> new AssertionError("no entry " + id));
    assertFalse(e.isSpdx());
    assertFalse(e.aliases().isEmpty());
    assertFalse(e.match().all().isEmpty());
    assertTrue(e.file().startsWith("license-db/src/main/licenses/entries/"), e.file());
  }

  @Test
  void clauseValuesHaveTheirShapes() {
    LicenseEntry llama2 = CATALOG.byId("LicenseRef-llama2").orElseThrow();
    LicenseEntry.ClauseSpec mau = llama2.clauses().get(0);
    assertEquals(ClauseType.MAU_THRESHOLD, mau.type());
    assertEquals(700_000_000L, ((Number) mau.value()).longValue());
    LicenseEntry qwen = CATALOG.byId("LicenseRef-tongyi-qianwen").orElseThrow();
    assertTrue(
        qwen.clauses().stream()
            .anyMatch(
                c ->
                    c.type() == ClauseType.MAU_THRESHOLD
                        && ((Number) c.value()).longValue() == 100_000_000L));
    for (LicenseEntry e : CATALOG.entries()) {
      for (LicenseEntry.ClauseSpec c : e.clauses()) {
        assertEquals(null, c.type().check(c.value()), e.id() + " " + c.type());
      }
    }
  }

  @Test
  void entriesOfACategoryAreListed() {
    List<LicenseEntry> nc = CATALOG.entries(LicenseCategory.NON_COMMERCIAL);
    assertTrue(nc.stream().anyMatch(e -> e.id().equals("LicenseRef-tongyi-qianwen-research")));
    assertTrue(nc.stream().allMatch(e -> e.category() == LicenseCategory.NON_COMMERCIAL));
  }
}
