package io.provscan.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statement's personal-data part states how an export handled personal data, or that none did.
 */
class TrainingDataStatementTest {
  @TempDir Path out;

  /** The statement as plain lines: paragraphs, blanks' fields, and table rows joined by " | ". */
  private static String markdown(CorpusFacts f, Lang lang) {
    StringBuilder out = new StringBuilder();
    for (Doc.Block b : TrainingDataStatement.of(f, Messages.of(lang)).blocks()) {
      if (b instanceof Doc.Para p) {
        out.append(p.text()).append('\n');
      } else if (b instanceof Doc.Blank blank) {
        out.append(blank.field()).append('\n');
      } else if (b instanceof Doc.Table t) {
        t.rows().forEach(r -> out.append(String.join(" | ", r)).append('\n'));
      }
    }
    return out.toString();
  }

  @Test
  void withNoExportItSaysNoneIsRecordedAndLeavesTheMeasuresBlank() throws Exception {
    CorpusFacts f = FactsFixture.typical(out, FactsFixture.FOUND);
    String en = markdown(f, Lang.EN);
    assertTrue(en.contains("No export is recorded for this scan"), en);
    assertTrue(en.contains("De-identification done before training"), en);
    String zh = markdown(f, Lang.ZH);
    assertTrue(zh.contains("本次扫描没有导出记录"), zh);
  }

  @Test
  void anExportIsStatedWithItsOperatorsCountsReasonsAndManifest() throws Exception {
    CorpusFacts f = FactsFixture.exported(FactsFixture.typical(out, FactsFixture.FOUND), "hash");
    String en = markdown(f, Lang.EN);
    assertTrue(
        en.contains(
            "Export to /exports/clean, finished 1 December 2026, 10:00:00 UTC: 40 records exported (3 of"
                + " them to review), 5 left out (1 for a problem of the input)"),
        en);
    assertTrue(en.matches("(?s).*EMAIL_ADDRESS \\| hash \\(salted SHA-256\\) \\| 4.*"), en);
    assertTrue(en.matches("(?s).*CN_RESIDENT_ID \\| redact \\(removed\\) \\| 0.*"), en);
    assertTrue(en.matches("(?s).*pii\\.types\\.CN_RESIDENT_ID \\| 4.*"), en);
    assertTrue(en.contains("croissant.json (SHA-256 " + "ab".repeat(32) + ")"), en);
    assertFalse(en.contains("No export is recorded"), en);
    String zh = markdown(f, Lang.ZH);
    assertTrue(zh.contains("导出至 /exports/clean"), zh);
    assertTrue(zh.contains("加盐哈希"), zh);
    assertTrue(zh.contains("导出清单：croissant.json"), zh);
  }
}
