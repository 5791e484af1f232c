package io.provscan.report.html;

import io.provscan.policy.ReasonText;
import io.provscan.summary.ScanSummary;
import java.io.IOException;
import java.util.Map;

/** The verdicts, failures and items sections. */
final class ItemTables {
  private ItemTables() {}

  static void verdicts(Page page, ItemTally tally) throws IOException {
    page.raw("<section id=\"verdicts\"><h2>").t("nav.verdicts").raw("</h2>");
    if (tally.verdicts.isEmpty()) {
      page.raw("<p class=\"note\">").t("verdicts.noPolicy").raw("</p>");
    }
    page.raw("<h3>").t("h.judged").raw("</h3>");
    Table t = Table.begin(page, "t-verdicts", "item", "source", "verdict", "reasons");
    ReasonText reasons = ReasonText.of(page.m.lang().locale());
    for (Rows.Judged r : tally.judged.rows()) {
      t.row(r.verdict()).code(r.path()).cell(r.source());
      t.open("verdict-" + cls(r.verdict())).text(Words.verdict(page.m, r.verdict()));
      t.close().lines(reasons.all(r.reasons())).end();
    }
    t.finish(tally.judged.rows().size(), tally.judged.total(), FindingTables.ALL);
    page.raw("</section>");
  }

  /** A verdict as a CSS class name: only the three known values, never corpus text. */
  static String cls(String verdict) {
    return switch (verdict == null ? "" : verdict) {
      case "block" -> "block";
      case "review" -> "review";
      case "allow" -> "allow";
      default -> "other";
    };
  }

  static void failures(Page page, ItemTally tally, ScanSummary summary) throws IOException {
    page.raw("<section id=\"failures\"><h2>").t("nav.failures").raw("</h2>");
    Table kinds = Table.begin(page, "t-error-kinds", "kind", "items");
    Map<String, Long> errors = summary.errors();
    for (Map.Entry<String, Long> e : errors.entrySet()) {
      kinds.row().code(e.getKey()).num(e.getValue()).end();
    }
    kinds.finish(errors.size(), errors.size(), "");
    page.raw("<h3>").t("h.failedItems").raw("</h3>");
    Table t = Table.begin(page, "t-failures", "item", "status", "kind", "message");
    for (Rows.Failure r : tally.failures.rows()) {
      t.row().code(r.path()).cell(Words.status(page.m, r.status())).code(r.kind());
      t.cell(r.message()).end();
    }
    t.finish(tally.failures.rows().size(), tally.failures.total(), FindingTables.ALL);
    page.raw("</section>");
  }

  static void items(Page page, ItemTally tally) throws IOException {
    page.raw("<section id=\"items\"><h2>").t("nav.items").raw("</h2>");
    page.raw("<p class=\"note\">").t("note.items").raw("</p>");
    Table t =
        Table.begin(
            page,
            "t-items",
            "item",
            "title",
            "source",
            "url",
            "mediaType",
            "status",
            "licences",
            "verdict",
            "sha256");
    for (Rows.Item r : tally.items.rows()) {
      t.row(cls(r.verdict())).code(r.path()).cell(r.title()).cell(r.source()).code(r.url());
      t.cell(r.mediaType()).cell(Words.status(page.m, r.status())).lines(r.licences());
      t.cell(Words.verdict(page.m, r.verdict()));
      t.code(r.sha256()).end();
    }
    t.finish(tally.items.rows().size(), tally.items.total(), FindingTables.ALL);
    page.raw("</section>");
  }
}
