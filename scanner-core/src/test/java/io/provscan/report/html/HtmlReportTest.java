package io.provscan.report.html;

import static io.provscan.testing.ScanFixture.licence;
import static io.provscan.testing.ScanFixture.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.provscan.detect.OptOut;
import io.provscan.internal.Json;
import io.provscan.report.ScanOutput;
import io.provscan.testing.ScanFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  @TempDir Path out;

  String render(ScanFixture fixture) throws Exception {
    fixture.write(out);
    Path file = out.resolve("report.html");
    HtmlReport.write(ScanOutput.open(out), file);
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void showsDeclaredAgainstDetectedLicencesWithTheConflictFlagged() throws Exception {
    String page = render(ScanFixture.typical());
    assertTrue(
        page.contains(
            "<td class=\"flag\">⚠ declared MIT but CC-BY-NC-4.0 found in 1 item<br></td>"),
        page);
    assertTrue(page.contains("listed file data/b.csv is missing"));
    assertTrue(page.contains("<dt>pretty_name</dt><dd>Cards</dd>"));
    assertTrue(page.contains("<span class=\"x\">items block ×1</span>"), "items per verdict");
  }

  @Test
  void showsObligationsOptOutsMaskedPersonalDataVerdictsAndFailures() throws Exception {
    String page = render(ScanFixture.typical());
    assertTrue(
        page.contains(
            "<td class=\"mono\">non-commercial</td><td>No commercial use</td><td>700000000</td>"),
        page);
    assertTrue(page.contains("1 of 1 pages reserved (100.0%)"));
    assertTrue(page.contains("GPTBot"));
    assertTrue(page.contains("EMAIL_ADDRESS: j***@e***.com"));
    assertTrue(page.contains("non-commercial: block (CC-BY-NC-4.0 in cards/LICENSE)"));
    assertTrue(page.contains("<td class=\"mono\">parse-error</td><td>broken xref</td>"));
    assertTrue(page.contains("<span class=\"flag\">sensitive</span> HEALTH"));
  }

  @Test
  void listsBlockedItemsFirst() throws Exception {
    String page = render(ScanFixture.typical());
    int items = page.indexOf("id=\"t-items\"");
    int blocked = page.indexOf("cards/LICENSE", items);
    int review = page.indexOf("crawl.warc#2", items);
    int failed = page.indexOf("bad.pdf", items);
    assertTrue(items > 0 && blocked < review && review < failed, page.substring(items));
  }

  @Test
  void boundsEveryListOfItemsAndSaysWhereTheRestAre() throws Exception {
    ScanFixture big = new ScanFixture();
    for (int i = 0; i < 2_500; i++) {
      big.add(
          record(
              "docs/file-" + i + ".txt",
              "folder:docs",
              null,
              List.of(licence("MIT", "MIT License", "permissive", null)),
              OptOut.NONE,
              List.of(),
              null,
              List.of()));
    }
    String page = render(big);
    assertTrue(page.contains("Showing 1,000 of 2,500. Every item is in items.jsonl."), page);
    assertEquals(1_000, count(page, "<tr class=\"other\"><td class=\"mono\">docs/file-"));
    assertTrue(page.contains("<td class=\"n\" data-v=\"2500\">2,500</td>"), "licence total");
    assertTrue(page.length() < 4_000_000, "page of " + page.length() + " chars");
  }

  @Test
  void admitsOnlyItsOwnScriptAndStyleByHash() throws Exception {
    String page = render(ScanFixture.typical());
    Matcher csp =
        Pattern.compile("http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\"")
            .matcher(page);
    assertTrue(csp.find());
    String policy = csp.group(1);
    assertTrue(policy.startsWith("default-src 'none'; "), policy);
    String script = between(page, "<script>", "</script>");
    String style = between(page, "<style>", "</style>");
    assertTrue(policy.contains("script-src " + Assets.hash(script) + ";"), policy);
    assertTrue(policy.contains("style-src " + Assets.hash(style) + ";"), policy);
    assertEquals(1, count(page, "<script"), "one script element");
    assertFalse(page.contains(" style=\""), "no style attributes");
    assertFalse(Pattern.compile("(src|href)=\"(?!#)").matcher(page).find(), "no loads");
  }

  @Test
  void showsEachSourcesOwnVerdictWithItsReasonsAndThePolicy() throws Exception {
    ScanFixture.typical().write(out);
    Path summaryFile = out.resolve("summary.json");
    ObjectNode summary = (ObjectNode) Json.mapper().readTree(summaryFile.toFile());
    summary.putObject("policy").put("origin", "commercial.yaml");
    for (JsonNode source : summary.path("sources")) {
      ((ObjectNode) source).put("verdict", "block");
      ((ObjectNode) source).putArray("reasons").add("block: declared MIT but CC-BY-NC-4.0 found");
    }
    Json.mapper().writeValue(summaryFile.toFile(), summary);
    HtmlReport.write(ScanOutput.open(out), out.resolve("report.html"));
    String page = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertTrue(
        page.contains("<b class=\"verdict-block\">block</b><br>block: declared MIT but"), page);
    assertTrue(page.contains(" · policy: commercial.yaml</p>"));
  }

  @Test
  void escapesStringsFromTheCorpus() throws Exception {
    String evil = "<img src=x onerror=alert(1)>.txt";
    String page = render(new ScanFixture().add(ScanFixture.item(evil, "folder:x")));
    assertFalse(page.contains("<img src=x"), "raw markup from the corpus");
    assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;.txt"));
  }

  @Test
  void refusesAFolderWithoutAFinishedScan() {
    Exception e = assertThrows(IOException.class, () -> ScanOutput.open(out));
    assertTrue(e.getMessage().contains("no finished scan in"), e.getMessage());
  }

  static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  static String between(String s, String start, String end) {
    int a = s.indexOf(start) + start.length();
    return s.substring(a, s.indexOf(end, a));
  }
}
