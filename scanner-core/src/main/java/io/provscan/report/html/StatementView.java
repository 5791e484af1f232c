package io.provscan.report.html;

import io.provscan.report.CorpusFacts;
import io.provscan.report.Doc;
import io.provscan.report.ScanOutput;
import io.provscan.report.TrainingDataStatement;
import java.io.IOException;

/** The training-data statement as a section of the page (the same text as its Markdown file). */
final class StatementView {
  private StatementView() {}

  static void write(Page page, ScanOutput scan) throws IOException {
    Doc doc = TrainingDataStatement.of(CorpusFacts.of(scan), page.m);
    page.raw("<section id=\"statement\"><h2>").text(doc.title()).raw("</h2>");
    for (Doc.Block b : doc.blocks()) {
      block(page, b);
    }
    page.raw("</section>");
  }

  private static void block(Page page, Doc.Block b) throws IOException {
    if (b instanceof Doc.Heading h) {
      page.el(h.level() == 2 ? "h3" : "h4", null, h.text());
    } else if (b instanceof Doc.Para p) {
      page.el("p", null, p.text());
    } else if (b instanceof Doc.Bullets l) {
      page.raw("<ul>");
      for (String s : l.items()) {
        page.el("li", null, s);
      }
      page.raw("</ul>");
    } else if (b instanceof Doc.Blank blank) {
      page.raw("<p class=\"blank\">").el("b", null, blank.marker()).raw(" ").text(blank.field());
      page.raw("</p>");
    } else if (b instanceof Doc.Table t) {
      table(page, t);
    }
  }

  private static void table(Page page, Doc.Table t) throws IOException {
    page.raw("<div class=\"tbl\"><table class=\"plain\"><thead><tr>");
    for (String h : t.headers()) {
      page.el("th", null, h);
    }
    page.raw("</tr></thead><tbody>");
    for (var row : t.rows()) {
      page.raw("<tr>");
      for (String c : row) {
        page.el("td", null, c);
      }
      page.raw("</tr>");
    }
    page.raw("</tbody></table></div>");
  }
}
