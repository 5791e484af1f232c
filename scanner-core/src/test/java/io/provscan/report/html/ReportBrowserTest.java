package io.provscan.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.report.Lang;
import io.provscan.report.render.ProvenanceReports;
import io.provscan.testing.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both languages as a browser shows them: the labels of the Chinese page (headings, column heads,
 * navigation, cards) share none with the English page's, screenshots of the duties view are saved
 * under {@code target/}, and the page prints to a PDF with pages.
 */
class ReportBrowserTest {
  private static final Pattern LABEL =
      Pattern.compile("<(h2|h3|h4|th|a)\\b[^>]*>([^<]+)</\\1>|</b>([^<]+)</div>");

  @TempDir Path zh;
  @TempDir Path en;
  @TempDir Path profiles;

  static Set<String> labels(String dom) {
    Set<String> out = new TreeSet<>();
    Matcher m = LABEL.matcher(dom);
    while (m.find()) {
      out.add((m.group(2) != null ? m.group(2) : m.group(3)).trim());
    }
    return out;
  }

  @Test
  @Timeout(600)
  void rendersBothLanguagesWithDisjointLabelsAndPrints() throws Exception {
    Chromium chromium = Chromium.installedOrSkip(profiles);
    BilingualReportTest.render(zh, Lang.ZH);
    BilingualReportTest.render(en, Lang.EN);
    Path zhPage = zh.resolve(ProvenanceReports.HTML);
    Path enPage = en.resolve(ProvenanceReports.HTML);
    String zhDom = chromium.dumpDom(zhPage);
    String enDom = chromium.dumpDom(enPage);
    assertTrue(zhDom.contains("data-report-script=\"ran\""), "the page's own script runs");
    Set<String> shared = labels(zhDom);
    shared.retainAll(labels(enDom));
    shared.removeIf(l -> l.equals("SHA-256") || l.startsWith("provscan"));
    assertEquals(Set.of(), shared, "labels left untranslated");
    assertTrue(labels(zhDom).contains("合规义务") && labels(enDom).contains("Duties"));
    chromium.screenshot(zhPage, Path.of("target", "duties-zh.png"), 1400, 1200);
    chromium.screenshot(enPage, Path.of("target", "duties-en.png"), 1400, 1200);
    Path pdf = Path.of("target", "report-zh.pdf");
    chromium.printToPdf(zhPage, pdf);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertTrue(doc.getNumberOfPages() >= 2, "pages: " + doc.getNumberOfPages());
    }
    assertTrue(Files.size(Path.of("target", "duties-en.png")) > 0);
  }
}
