package io.provscan.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sources section: one row per data source from {@code summary.json → sources}, declared next
 * to detected licences with conflicts flagged, obligations, opt-out share, personal data, verdicts,
 * and what its manifest says.
 */
final class SourceTable {
  private SourceTable() {}

  static void write(Page page, List<JsonNode> sources, int maxRows) throws IOException {
    page.raw("<section id=\"sources\"><h2>Sources</h2>")
        .raw("<p class=\"note\">A source is a dataset or model a manifest describes, a web host,")
        .raw(" or a top-level folder. Declared licences come from its manifest; detected ones")
        .raw(" from its items. A conflict is a detected licence the manifest does not declare.")
        .raw("</p>");
    Table t =
        Table.begin(
            page,
            "t-sources",
            "Source",
            "Origin",
            "Items",
            "Declared licences",
            "Detected licences",
            "Conflicts",
            "Categories",
            "Obligations",
            "Opt-out",
            "Personal data",
            "Verdicts",
            "Manifest facts and problems");
    int shown = 0;
    for (JsonNode s : sources) {
      if (shown == maxRows) {
        break;
      }
      row(page, t, s);
      shown++;
    }
    t.finish(shown, sources.size(), "All sources are in summary.json → sources.");
    page.raw("</section>");
  }

  private static void row(Page page, Table t, JsonNode s) throws IOException {
    Map<String, Long> verdicts = Nodes.counts(s.path("verdicts"));
    String verdict = Nodes.text(s, "verdict");
    if (verdict == null) {
      verdict =
          verdicts.containsKey("block") ? "block" : verdicts.containsKey("review") ? "review" : "";
    }
    t.row(ItemTables.cls(verdict));
    t.open(null).el("b", null, Nodes.text(s, "name")).raw("<br>");
    page.el("span", "mono x", Nodes.text(s, "id"))
        .raw("<br>")
        .el("span", "x", Nodes.text(s, "kind"));
    t.close().code(Nodes.text(s, "origin")).num(Nodes.num(s, "items"));
    List<String> declared = Nodes.strings(s.path("declaredLicenses"));
    t.lines(declared.isEmpty() ? List.of("(none declared)") : declared);
    t.counts(Nodes.counts(s.path("detectedLicenses")));
    conflicts(page, t, Nodes.strings(s.path("conflicts")));
    t.counts(Nodes.counts(s.path("categories")));
    t.lines(clauses(s.path("clauses")));
    optOut(page, t, s.path("optOut"));
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

  private static List<String> clauses(JsonNode clauses) {
    List<String> out = new ArrayList<>();
    clauses
        .properties()
        .forEach(
            e -> {
              List<String> values = Nodes.strings(e.getValue());
              values.removeIf(String::isEmpty);
              out.add(e.getKey() + (values.isEmpty() ? "" : ": " + String.join(", ", values)));
            });
    return out;
  }

  private static void optOut(Page page, Table t, JsonNode o) throws IOException {
    t.open(null);
    long pages = Nodes.num(o, "pages");
    if (pages > 0 || Nodes.num(o, "reservedPages") > 0) {
      page.num(Nodes.num(o, "reservedPages")).raw(" of ").num(pages).raw(" pages reserved (");
      page.text(String.format(Locale.ROOT, "%.1f%%", o.path("reservedShare").asDouble() * 100));
      page.raw(")");
    }
    Map<String, Long> agents = Nodes.counts(o.path("agents"));
    if (!agents.isEmpty()) {
      page.raw("<br><span class=\"x\">agents:</span> ").text(String.join(", ", agents.keySet()));
    }
    t.close();
  }

  private static void personal(Page page, Table t, JsonNode s) throws IOException {
    t.open(null);
    Map<String, Long> pii = Nodes.counts(s.path("pii"));
    if (!pii.isEmpty()) {
      page.num(Nodes.num(s, "itemsWithPii")).raw(" items");
    }
    for (Map.Entry<String, Long> e : pii.entrySet()) {
      page.raw("<br>")
          .text(e.getKey())
          .raw(" <span class=\"x\">×")
          .num(e.getValue())
          .raw("</span>");
    }
    for (Map.Entry<String, Long> e : Nodes.counts(s.path("sensitive")).entrySet()) {
      page.raw("<br><span class=\"flag\">sensitive</span> ").text(e.getKey());
      page.raw(" <span class=\"x\">×").num(e.getValue()).raw("</span>");
    }
    t.close();
  }

  /** The source's own verdict and reasons (when a policy judged it), then items per verdict. */
  private static void verdict(Page page, Table t, JsonNode s, Map<String, Long> items)
      throws IOException {
    t.open(null);
    String verdict = Nodes.text(s, "verdict");
    if (verdict != null) {
      page.el("b", "verdict-" + ItemTables.cls(verdict), verdict);
      for (String reason : Nodes.strings(s.path("reasons"))) {
        page.raw("<br>").text(reason);
      }
      page.raw("<br>");
    }
    for (Map.Entry<String, Long> e : items.entrySet()) {
      page.raw("<span class=\"x\">items ").text(e.getKey()).raw(" ×").num(e.getValue());
      page.raw("</span><br>");
    }
    t.close();
  }

  private static void facts(Page page, Table t, JsonNode s) throws IOException {
    t.open(null).raw("<dl class=\"facts\">");
    for (Map.Entry<String, JsonNode> e : s.path("facts").properties()) {
      page.el("dt", null, e.getKey()).el("dd", null, Nodes.show(e.getValue()));
    }
    for (String p : Nodes.strings(s.path("problems"))) {
      page.raw("<dt class=\"flag\">problem</dt>").el("dd", null, p);
    }
    page.raw("</dl>");
    t.close();
  }
}
