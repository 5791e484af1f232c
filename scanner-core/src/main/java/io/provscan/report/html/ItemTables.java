package io.provscan.report.html;

import io.provscan.summary.ScanSummary;
import java.io.IOException;
import java.util.Map;

/** The verdicts, failures and items sections. */
final class ItemTables {
  private ItemTables() {}

  static void verdicts(Page page, ItemTally tally) throws IOException {
    page.raw("<section id=\"verdicts\"><h2>Verdicts</h2>");
    if (tally.verdicts.isEmpty()) {
      page.raw("<p class=\"note\">No policy ran on this scan: items carry no verdict.</p>");
    }
    page.raw("<h3>Items to review or blocked</h3>");
    Table t = Table.begin(page, "t-verdicts", "Item", "Source", "Verdict", "Reasons");
    for (Rows.Judged r : tally.judged.rows()) {
      t.row(r.verdict()).code(r.path()).cell(r.source());
      t.open("verdict-" + cls(r.verdict())).text(r.verdict());
      t.close().lines(r.reasons()).end();
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
    page.raw("<section id=\"failures\"><h2>Failures</h2>");
    Table kinds = Table.begin(page, "t-error-kinds", "Kind", "Items");
    Map<String, Long> errors = summary.errors();
    for (Map.Entry<String, Long> e : errors.entrySet()) {
      kinds.row().code(e.getKey()).num(e.getValue()).end();
    }
    kinds.finish(errors.size(), errors.size(), "");
    page.raw("<h3>Items that failed or were skipped</h3>");
    Table t = Table.begin(page, "t-failures", "Item", "Status", "Kind", "Message");
    for (Rows.Failure r : tally.failures.rows()) {
      t.row().code(r.path()).cell(r.status()).code(r.kind()).cell(r.message()).end();
    }
    t.finish(tally.failures.rows().size(), tally.failures.total(), FindingTables.ALL);
    page.raw("</section>");
  }

  static void items(Page page, ItemTally tally) throws IOException {
    page.raw("<section id=\"items\"><h2>Items</h2>")
        .raw("<p class=\"note\">Blocked items first, then those to review, failed, with findings,")
        .raw(" then the rest in scan order. The SHA-256 identifies the exact bytes reviewed.</p>");
    Table t =
        Table.begin(
            page,
            "t-items",
            "Item",
            "Title",
            "Source",
            "URL",
            "Type",
            "Status",
            "Licences",
            "Verdict",
            "SHA-256");
    for (Rows.Item r : tally.items.rows()) {
      t.row(cls(r.verdict())).code(r.path()).cell(r.title()).cell(r.source()).code(r.url());
      t.cell(r.mediaType()).cell(r.status()).lines(r.licences()).cell(r.verdict());
      t.code(r.sha256()).end();
    }
    t.finish(tally.items.rows().size(), tally.items.total(), FindingTables.ALL);
    page.raw("</section>");
  }
}
