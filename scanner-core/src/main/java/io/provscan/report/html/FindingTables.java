package io.provscan.report.html;

import io.provscan.detect.OptOut;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The licences, obligations, opt-outs and personal-data sections. */
final class FindingTables {
  static final String ALL = "Every item is in items.jsonl.";

  private FindingTables() {}

  static void licences(Page page, ItemTally tally) throws IOException {
    page.raw("<section id=\"licences\"><h2>Licences</h2>");
    Table t =
        Table.begin(
            page, "t-licences", "Licence", "Name", "Category", "Items", "Found by", "Sources");
    for (Map.Entry<String, ItemTally.LicenceStats> e : tally.licences.entrySet()) {
      ItemTally.LicenceStats l = e.getValue();
      t.row().code(e.getKey()).cell(l.name).cell(l.category).num(l.items).counts(l.basis);
      List<String> sources = new ArrayList<>(l.sources);
      if (l.moreSources) {
        sources.add("…");
      }
      t.lines(sources).end();
    }
    t.finish(tally.licences.size(), tally.licences.size(), "");
    page.raw("<h3>Evidence</h3>");
    Table ev =
        Table.begin(
            page,
            "t-evidence",
            "Item",
            "Source",
            "Licence",
            "Name",
            "Category",
            "Found by",
            "Confidence",
            "Lines");
    for (Rows.Evidence r : tally.evidence.rows()) {
      ev.row().code(r.path()).cell(r.source()).code(r.spdx()).cell(r.name()).cell(r.category());
      ev.cell(r.basis()).cell(String.format(Locale.ROOT, "%.2f", r.confidence())).cell(r.lines());
      ev.end();
    }
    ev.finish(tally.evidence.rows().size(), tally.evidence.total(), ALL);
    page.raw("</section>");
  }

  static void obligations(Page page, ItemTally tally) throws IOException {
    page.raw("<section id=\"obligations\"><h2>Obligations and restrictions</h2>")
        .raw("<p class=\"note\">Clauses of the licences found: attribution, share-alike,")
        .raw(" non-commercial use, model-licence terms such as user thresholds or registration.")
        .raw("</p>");
    Table t = Table.begin(page, "t-clauses", "Clause", "Values", "Licences", "Items", "Example");
    for (Map.Entry<String, ItemTally.ClauseStats> e : tally.clauses.entrySet()) {
      ItemTally.ClauseStats c = e.getValue();
      t.row().code(e.getKey()).lines(c.values).lines(c.licences).num(c.items);
      t.open(null);
      if (c.exampleEvidence != null) {
        page.el("q", null, c.exampleEvidence).raw("<br>").el("span", "mono x", c.examplePath);
      }
      t.close().end();
    }
    t.finish(tally.clauses.size(), tally.clauses.size(), "");
    page.raw("</section>");
  }

  static void optOuts(Page page, ItemTally tally) throws IOException {
    page.raw("<section id=\"optouts\"><h2>Opt-outs</h2><p>")
        .num(tally.reserved)
        .raw(" items reserved against text-and-data mining or AI training, of ")
        .num(tally.withUrl)
        .raw(" items captured from the web.</p>");
    Table types = Table.begin(page, "t-signal-types", "Signal", "Signals seen");
    for (Map.Entry<String, Long> e : tally.signalTypes.entrySet()) {
      types.row().code(e.getKey()).num(e.getValue()).end();
    }
    types.finish(tally.signalTypes.size(), tally.signalTypes.size(), "");
    page.raw("<h3>Items with signals</h3>");
    Table t =
        Table.begin(
            page,
            "t-optouts",
            "Item",
            "URL",
            "Reserved",
            "Signal",
            "Scope",
            "Agents",
            "Value",
            "Evidence",
            "Policy file");
    for (Rows.OptOutItem r : tally.optOuts.rows()) {
      List<OptOut.Signal> signals = r.signals();
      t.row(r.reserved() ? "block" : "").code(r.path()).code(r.url());
      t.open(r.reserved() ? "flag" : null).text(r.reserved() ? "reserved" : "no");
      t.close();
      t.lines(field(signals, 0)).lines(field(signals, 1)).lines(field(signals, 2));
      t.lines(field(signals, 3)).lines(field(signals, 4)).lines(field(signals, 5)).end();
    }
    t.finish(tally.optOuts.rows().size(), tally.optOuts.total(), ALL);
    page.raw("</section>");
  }

  private static List<String> field(List<OptOut.Signal> signals, int which) {
    List<String> out = new ArrayList<>();
    for (OptOut.Signal s : signals) {
      out.add(
          switch (which) {
            case 0 -> String.valueOf(s.type());
            case 1 -> String.valueOf(s.scope());
            case 2 -> s.agents().isEmpty() ? "(all)" : String.join(", ", s.agents());
            case 3 -> String.valueOf(s.value());
            case 4 -> s.evidence() == null ? "" : s.evidence();
            default -> s.source() == null ? "" : s.source();
          });
    }
    return out;
  }

  static void personalData(Page page, ItemTally tally) throws IOException {
    page.raw("<section id=\"pii\"><h2>Personal information</h2><p>")
        .num(tally.withPii)
        .raw(" items hold personal data. Values are shown masked only; the report never")
        .raw(" carries raw personal data.</p>");
    Table types = Table.begin(page, "t-pii-types", "Type", "Findings", "Items");
    for (Map.Entry<String, long[]> e : tally.piiTypes.entrySet()) {
      types.row().code(e.getKey()).num(e.getValue()[0]).num(e.getValue()[1]).end();
    }
    types.finish(tally.piiTypes.size(), tally.piiTypes.size(), "");
    page.raw("<h3>Sensitive categories</h3>");
    Table sens = Table.begin(page, "t-sensitive", "Category", "Findings");
    for (Map.Entry<String, Long> e : tally.sensitive.entrySet()) {
      sens.row().code(e.getKey()).num(e.getValue()).end();
    }
    sens.finish(tally.sensitive.size(), tally.sensitive.size(), "");
    page.raw("<h3>Items with personal data</h3>");
    Table t = Table.begin(page, "t-pii", "Item", "Source", "Types", "Masked examples", "Sensitive");
    for (Rows.PiiItem r : tally.pii.rows()) {
      t.row().code(r.path()).cell(r.source()).counts(r.types()).lines(r.masked());
      Map<String, Long> sensitive = new TreeMap<>();
      r.sensitive().forEach((k, v) -> sensitive.put(k, (long) v));
      t.counts(sensitive).end();
    }
    t.finish(tally.pii.rows().size(), tally.pii.total(), ALL);
    page.raw("</section>");
  }
}
