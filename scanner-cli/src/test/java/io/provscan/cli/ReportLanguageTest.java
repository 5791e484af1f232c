package io.provscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lang} on scan and report, on the demo corpus: duties, the EU summary, CycloneDX. */
class ReportLanguageTest {
  /** The web hosts of the demo crawl. */
  static final List<String> DEMO_HOSTS =
      List.of("news.example.com", "art.example.net", "shop.example.net", "blog.example.org");

  @TempDir Path out;

  @Test
  void scansTheDemoInChineseAndRendersItAgainInEnglish() throws Exception {
    CliTest.Run scan =
        CliTest.run(
            "scan",
            Fixtures.demo().toString(),
            "--out",
            out.toString(),
            "--no-index",
            "--lang",
            "zh");
    assertEquals(0, scan.code(), scan.err());
    String page = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("<html lang=\"zh-CN\">"));
    String duties = page.substring(page.indexOf("id=\"t-duties\""), page.indexOf("id=\"summary\""));
    int rows = duties.split("<tr class=\"duty-").length - 1;
    assertEquals(10, rows, "one row per duty");
    int evidence = duties.split("status-evidence\">|status-problems\">").length - 1;
    int outside = duties.split("status-outside\">超出扫描可证明的范围").length - 1;
    assertEquals(rows, evidence + outside, "every row has evidence or says it is outside a scan");
    assertTrue(Files.isRegularFile(out.resolve("provenance.cdx.json")));
    assertTrue(Files.isRegularFile(out.resolve("training-data-statement.md")));

    CliTest.Run report = CliTest.run("report", out.toString(), "--lang", "en");
    assertEquals(0, report.code(), report.err());
    String eu =
        Files.readString(out.resolve("training-content-summary.md"), StandardCharsets.UTF_8);
    for (String host : DEMO_HOSTS) {
      assertTrue(
          eu.matches("(?s).*\\| " + host.replace(".", "\\.") + " \\| [0-9,]+ \\| [0-9.]+% \\|.*"),
          host + " in\n" + eu);
    }
    assertTrue(eu.contains("The template asks for the top 10% of domain names"), eu);
  }

  @Test
  void rejectsAnUnknownLanguage() {
    CliTest.Run report = CliTest.run("report", out.toString(), "--lang", "fr");
    assertEquals(2, report.code());
    assertTrue(report.err().contains("unknown language 'fr'"), report.err());
  }
}
