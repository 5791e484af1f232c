package io.provscan.report.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.report.Doc;
import io.provscan.report.Lang;
import io.provscan.report.render.ProvenanceReports;
import io.provscan.testing.ScanFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Markdown documents: corpus strings stay text, both files are written in the language asked.
 */
class MarkdownDocTest {
  @TempDir Path out;

  @Test
  void keepsCorpusStringsAsText() {
    assertEquals(
        "a\\|b \\*c\\* &lt;script&gt; \\[x\\](y)", MarkdownDoc.escape("a|b *c* <script> [x](y)"));
    String md =
        MarkdownDoc.render(
            new Doc("T", List.of(new Doc.Table(List.of("h"), List.of(List.of("two\nlines|x"))))));
    assertTrue(md.contains("| two lines\\|x |"), md);
  }

  @Test
  void writesTheStatementAndTheEuSummaryInTheLanguageAsked() throws Exception {
    ScanFixture.typical().write(out);
    ProvenanceReports.render(out, Lang.ZH);
    String statement =
        Files.readString(out.resolve(StatementFiles.STATEMENT), StandardCharsets.UTF_8);
    assertTrue(statement.startsWith("# 训练数据说明\n"), statement);
    for (String part : List.of("### 来源", "### 规模", "### 类型", "### 标注规则", "【须由提供者填写】")) {
      assertTrue(statement.contains(part), part);
    }
    String eu = Files.readString(out.resolve(StatementFiles.EU_SUMMARY), StandardCharsets.UTF_8);
    assertTrue(eu.contains("## 1. 一般信息") && eu.contains("## 2. 数据来源清单"), eu);
    ProvenanceReports.render(out, Lang.EN);
    eu = Files.readString(out.resolve(StatementFiles.EU_SUMMARY), StandardCharsets.UTF_8);
    assertTrue(eu.contains("## 2. List of data sources"), eu);
    assertTrue(
        eu.contains("> **\\[To be completed by the provider\\]** Provider name and contact ______"),
        eu);
  }
}
