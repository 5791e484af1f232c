package io.provscan.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.report.Lang;
import io.provscan.report.Messages;
import io.provscan.report.OutputFile;
import io.provscan.report.render.ProvenanceReports;
import io.provscan.testing.ScanFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page in Chinese carries no English label and the page in English no Chinese one: every text
 * the page writes itself comes from the language's bundle.
 */
class BilingualReportTest {
  private static final Pattern TEXT = Pattern.compile(">([^<>]+)<");
  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

  @TempDir Path out;

  static String render(Path out, Lang lang) throws Exception {
    ScanFixture.typical().write(out);
    ProvenanceReports.render(out, new OutputFile.RenderOptions(100, lang));
    return Files.readString(out.resolve(ProvenanceReports.HTML), StandardCharsets.UTF_8);
  }

  /** Text nodes of a page, its style sheet, script and identifiers (monospace cells) left out. */
  static Set<String> texts(String page) {
    String body =
        page.replaceAll(
            "(?s)<style>.*?</style>|<script>.*?</script>|<td class=\"mono\">[^<]*</td>", "");
    Set<String> out = new TreeSet<>();
    Matcher m = TEXT.matcher(body);
    while (m.find()) {
      String t = m.group(1).trim();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** The English texts without arguments that Chinese writes differently. */
  static Set<String> englishLabels() {
    Messages en = Messages.of(Lang.EN);
    Messages zh = Messages.of(Lang.ZH);
    Set<String> labels = new TreeSet<>();
    for (String key : en.keys()) {
      String text = en.get(key);
      if (!key.equals("html.lang")
          && !text.contains("{")
          && !text.equals(zh.get(key))
          && text.matches(".*[A-Za-z].*")) {
        labels.add(text);
      }
    }
    return labels;
  }

  @Test
  void leavesNoEnglishLabelInTheChinesePage() throws Exception {
    String page = render(out, Lang.ZH);
    Set<String> left = texts(page);
    left.retainAll(englishLabels());
    assertEquals(Set.of(), left);
    assertTrue(page.contains("<html lang=\"zh-CN\">"));
    assertTrue(page.contains(">合规义务</h2>") && page.contains(">训练数据说明</h2>"));
    assertTrue(page.contains("2026年3月4日 05:06:10 UTC"), "the date in Chinese");
  }

  @Test
  void writesNoChineseInTheEnglishPageBeyondTheDutiesOwnNames() throws Exception {
    String page = render(out, Lang.EN);
    Set<String> chinese = new TreeSet<>();
    for (String t : texts(page)) {
      if (CJK.matcher(t).find() && !t.matches("[^\\p{IsHan}]*\\([^)]*\\)")) {
        chinese.add(t);
      }
    }
    // the duties keep the law's own Chinese term in brackets: "Data quality (数据质量保证)"
    chinese.removeIf(t -> t.matches(".*\\((\\p{IsHan}+)\\)"));
    assertEquals(Set.of(), chinese);
  }

  @Test
  void putsTheDutiesViewFirst() throws Exception {
    String page = render(out, Lang.EN);
    int duties = page.indexOf("<section id=\"duties\">");
    int summary = page.indexOf("<section id=\"summary\">");
    assertTrue(duties > 0 && duties < summary, "duties before the summary");
    assertTrue(page.contains("<a href=\"#pii\">"), "evidence links into the tables");
    assertTrue(page.contains("outside what a scan can show"), "cross-border is outside a scan");
  }
}
