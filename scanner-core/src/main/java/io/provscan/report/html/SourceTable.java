package io.provscan.report.html;

import io.provscan.policy.ReasonText;
import io.provscan.provenance.SourceRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sources section: one row per data source from {@code summary.json → sources}, declared next
 * to detected licences with conflicts flagged, obligations, opt-out share, personal data, verdicts,
 * and what its manifest says.
 */
final class SourceTable {
  private SourceTable() {}

  static void write(Page page, List<SourceRow> sources, int maxRows) throws IOException {
    page.raw("<section id=\"sources\"><h2>").t("nav.sources").raw("</h2>");
    page.raw("<p class=\"note\">").t("note.sources").raw("</p>");
    Table t =
        Table.begin(
            page,
            "t-sources",
            "source",
            "origin",
            "items",
            "declared",
            "detected",
            "conflicts",
            "categories",
            "obligations",
            "optOut",
            "personalData",
            "verdicts",
            "facts");
    int shown = 0;
    for (SourceRow s : sources) {
      if (shown == maxRows) {
        break;
      }
      row(page, t, s);
      shown++;
    }
    t.finish(shown, sources.size(), "table.allInSummary");
    page.raw("</section>");
  }

  private static void row(Page page, Table t, SourceRow s) throws IOException {
    Map<String, Long> verdicts = s.verdicts();
    String verdict = s.verdict();
    if (verdict == null) {
      verdict =
          verdicts.containsKey("block") ? "block" : verdicts.containsKey("review") ? "review" : "";
    }
    t.row(ItemTables.cls(verdict));
    t.open(null).el("b", null, s.name()).raw("<br>");
    page.el("span", "mono x", s.id()).raw("<br>").el("span", "x", Words.kind(page.m, s.kind()));
    t.close().code(s.origin()).num(s.items());
    List<String> declared = s.declaredLicenses();
    t.lines(declared.isEmpty() ? List.of(page.m.get("sources.noneDeclared")) : declared);
    t.counts(s.detectedLicenses());
    conflicts(page, t, s.conflicts());
    Map<String, Long> categories = new TreeMap<>();
    s.categories().forEach((k, v) -> categories.merge(Words.category(page.m, k), v, Long::sum));
    t.counts(categories);
    t.lines(clauses(s.clauses()));
    optOut(page, t, s.optOut());
    personal(page, t, s);
    verdict(page, t, s, verdicts);
    facts(page, t, s);
    t.end();
  }

  private static void conflicts(Page page, Table t, List<String> conflicts) throws IOException {
    t.open(conflicts.isEmpty() ? null : "flag");
    for (String c : conflicts) {
      page.raw("⚠ ").text(c).raw("<br>");
    }
    t.close();
  }

  private static List<String> clauses(Map<String, List<String>> clauses) {
    List<String> out = new ArrayList<>();
    clauses.forEach(
        (clause, values) -> {
          List<String> shown = values.stream().filter(v -> !v.isEmpty()).toList();
          out.add(clause + (shown.isEmpty() ? "" : ": " + String.join(", ", shown)));
        });
    return out;
  }

  private static void optOut(Page page, Table t, SourceRow.OptOutShare o) throws IOException {
    t.open(null);
    long pages = o.pages();
    if (pages > 0 || o.reservedPages() > 0) {
      page.f("sources.reservedPages", o.reservedPages(), pages, page.m.percent(o.reservedShare()));
    }
    if (!o.agents().isEmpty()) {
      page.raw("<br><span class=\"x\">").t("sources.agents").raw("</span> ");
      page.text(String.join(", ", o.agents().keySet()));
    }
    t.close();
  }

  private static void personal(Page page, Table t, SourceRow s) throws IOException {
    t.open(null);
    Map<String, Long> pii = s.pii();
    if (!pii.isEmpty()) {
      page.f("sources.items", s.itemsWithPii());
    }
    for (Map.Entry<String, Long> e : pii.entrySet()) {
      page.raw("<br>")
          .text(e.getKey())
          .raw(" <span class=\"x\">×")
          .num(e.getValue())
          .raw("</span>");
    }
    for (Map.Entry<String, Long> e : s.sensitive().entrySet()) {
      page.raw("<br><span class=\"flag\">").t("sources.sensitive").raw("</span> ");
      page.text(e.getKey());
      page.raw(" <span class=\"x\">×").num(e.getValue()).raw("</span>");
    }
    t.close();
  }

  /** The source's own verdict and reasons (when a policy judged it), then items per verdict. */
  private static void verdict(Page page, Table t, SourceRow s, Map<String, Long> items)
      throws IOException {
    t.open(null);
    String verdict = s.verdict();
    if (verdict != null) {
      page.el("b", "verdict-" + ItemTables.cls(verdict), Words.verdict(page.m, verdict));
      ReasonText text = ReasonText.of(page.m.lang().locale());
      for (String reason : s.reasons() == null ? List.<String>of() : s.reasons()) {
        page.raw("<br>").text(text.of(reason));
      }
      page.raw("<br>");
    }
    for (Map.Entry<String, Long> e : items.entrySet()) {
      page.raw("<span class=\"x\">");
      page.f("sources.itemsVerdict", Words.verdict(page.m, e.getKey()), e.getValue());
      page.raw("</span><br>");
    }
    t.close();
  }

  private static void facts(Page page, Table t, SourceRow s) throws IOException {
    t.open(null).raw("<dl class=\"facts\">");
    for (Map.Entry<String, Object> e : s.facts().entrySet()) {
      page.el("dt", null, e.getKey()).el("dd", null, Nodes.show(e.getValue()));
    }
    for (String p : s.problems()) {
      page.raw("<dt class=\"flag\">").t("sources.problem").raw("</dt>").el("dd", null, p);
    }
    page.raw("</dl>");
    t.close();
  }
}
