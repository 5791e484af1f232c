package io.provscan.report.html;

import io.provscan.report.CorpusFacts;
import io.provscan.report.Duties;
import io.provscan.report.Duty;
import io.provscan.report.Line;
import io.provscan.report.ScanOutput;
import java.io.IOException;
import java.util.List;

/**
 * The duties view, the page's first section: one row per legal duty with what the scan shows, the
 * evidence (linked to the sections below) and what remains for people. It states facts and gaps and
 * never claims compliance.
 */
final class DutiesView {
  private DutiesView() {}

  static void write(Page page, ScanOutput scan) throws IOException {
    page.raw("<section id=\"duties\"><h2>").t("nav.duties").raw("</h2>");
    page.raw("<p class=\"note\">").t("note.duties").raw("</p>");
    Table t = Table.begin(page, "t-duties", "area", "duty", "status", "evidence", "open");
    for (Duty.Row row : Duties.of(CorpusFacts.of(scan))) {
      String id = row.duty().id();
      t.row("duty-" + row.status().id()).cell(page.m.get("duty." + id + ".area"));
      t.open(null).el("b", null, page.m.get("duty." + id + ".name"));
      t.close().open("status-" + row.status().id()).t("status." + row.status().id());
      t.close();
      t.open(null);
      lines(page, row.evidence());
      t.close().open(null);
      lines(page, row.open());
      t.close().end();
    }
    t.finish(Duty.values().length, Duty.values().length, "");
    page.raw("</section>");
  }

  private static void lines(Page page, List<Line> lines) throws IOException {
    boolean first = true;
    for (Line l : lines) {
      page.raw(first ? "" : "<br>");
      if (l.anchor() == null) {
        page.text(l.in(page.m));
      } else {
        page.raw("<a href=\"#" + l.anchor() + "\">").text(l.in(page.m)).raw("</a>");
      }
      first = false;
    }
  }
}
