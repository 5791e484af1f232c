package io.provscan.report.html;

import io.provscan.detect.OptOut;
import io.provscan.licensedb.ClauseTexts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The licences, obligations, opt-outs and personal-data sections. */
final class FindingTables {
  static final String ALL = "table.allInItems";

  private FindingTables() {}

  static void licences(Page page, ItemTally tally) throws IOException {
    page.raw("<section id=\"licences\"><h2>").t("nav.licences").raw("</h2>");
    Table t =
        Table.begin(
            page, "t-licences", "licence", "name", "category", "items", "foundBy", "sources");
    for (Map.Entry<String, ItemTally.LicenceStats> e : tally.licences.entrySet()) {
      ItemTally.LicenceStats l = e.getValue();
      t.row().code(e.getKey()).cell(l.name).cell(Words.category(page.m, l.category)).num(l.items);
      t.counts(basis(page, l.basis));
      List<String> sources = new ArrayList<>(l.sources);
      if (l.moreSources) {
        sources.add("…");
      }
      t.lines(sources).end();
    }
    t.finish(tally.licences.size(), tally.licences.size(), "");
    page.raw("<h3>").t("h.evidence").raw("</h3>");
    Table ev =
        Table.begin(
            page,
            "t-evidence",
            "item",
            "source",
            "licence",
            "name",
            "category",
            "foundBy",
            "confidence",
            "lines");
    for (Rows.Evidence r : tally.evidence.rows()) {
      ev.row().code(r.path()).cell(r.source()).code(r.spdx()).cell(r.name());
      ev.cell(Words.category(page.m, r.category())).cell(Words.basis(page.m, r.basis()));
      ev.cell(String.format(page.m.lang().locale(), "%.2f", r.confidence())).cell(r.lines());
      ev.end();
    }
    ev.finish(tally.evidence.rows().size(), tally.evidence.total(), ALL);
    page.raw("</section>");
  }

  static void obligations(Page page, ItemTally tally) throws IOException {
    page.raw("<section id=\"obligations\"><h2>").t("h.obligations").raw("</h2>");
    page.raw("<p class=\"note\">").t("note.obligations").raw("</p>");
    Table t =
        Table.begin(
            page, "t-clauses", "clause", "meaning", "values", "licences", "items", "example");
    ClauseTexts texts = ClauseTexts.of(page.m.lang().locale());
    for (Map.Entry<String, ItemTally.ClauseStats> e : tally.clauses.entrySet()) {
      ItemTally.ClauseStats c = e.getValue();
      t.row().code(e.getKey()).lines(meanings(texts, e.getKey(), c));
      t.lines(c.values).lines(c.licences).num(c.items);
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
    page.raw("<section id=\"optouts\"><h2>").t("nav.optouts").raw("</h2><p>");
    page.f("optouts.lead", tally.reserved, tally.withUrl).raw("</p>");
    Table types = Table.begin(page, "t-signal-types", "signal", "signalsSeen");
    for (Map.Entry<String, Long> e : tally.signalTypes.entrySet()) {
      types.row().code(e.getKey()).num(e.getValue()).end();
    }
    types.finish(tally.signalTypes.size(), tally.signalTypes.size(), "");
    page.raw("<h3>").t("h.itemsWithSignals").raw("</h3>");
    Table t =
        Table.begin(
            page,
            "t-optouts",
            "item",
            "url",
            "reserved",
            "signal",
            "scope",
            "agents",
            "value",
            "evidence",
            "policyFile");
    for (Rows.OptOutItem r : tally.optOuts.rows()) {
      List<OptOut.Signal> signals = r.signals();
      t.row(r.reserved() ? "block" : "").code(r.path()).code(r.url());
      t.open(r.reserved() ? "flag" : null).t(r.reserved() ? "optouts.reserved" : "optouts.no");
      t.close();
      t.lines(field(signals, 0)).lines(field(signals, 1)).lines(agents(page, signals));
      t.lines(field(signals, 3)).lines(field(signals, 4)).lines(field(signals, 5)).end();
    }
    t.finish(tally.optOuts.rows().size(), tally.optOuts.total(), ALL);
    page.raw("</section>");
  }

  private static List<String> agents(Page page, List<OptOut.Signal> signals) {
    List<String> out = new ArrayList<>();
    for (OptOut.Signal s : signals) {
      out.add(
          s.agents().isEmpty() ? page.m.get("optouts.allAgents") : String.join(", ", s.agents()));
    }
    return out;
  }

  private static Map<String, Long> basis(Page page, Map<String, Long> basis) {
    Map<String, Long> named = new TreeMap<>();
    basis.forEach((k, v) -> named.merge(Words.basis(page.m, k), v, Long::sum));
    return named;
  }

  /** What the clause means, then each licence's own terms in this language when known. */
  private static List<String> meanings(ClauseTexts texts, String clause, ItemTally.ClauseStats c) {
    List<String> out = new ArrayList<>();
    String type = texts.describe(clause);
    if (type != null) {
      out.add(type);
    }
    for (String licence : c.licences) {
      String own = texts.value(licence, clause);
      if (own != null) {
        out.add(licence + ": " + own);
      }
    }
    return out;
  }

  private static List<String> field(List<OptOut.Signal> signals, int which) {
    List<String> out = new ArrayList<>();
    for (OptOut.Signal s : signals) {
      out.add(
          switch (which) {
            case 0 -> String.valueOf(s.type());
            case 1 -> String.valueOf(s.scope());
            case 3 -> String.valueOf(s.value());
            case 4 -> s.evidence() == null ? "" : s.evidence();
            default -> s.source() == null ? "" : s.source();
          });
    }
    return out;
  }

  static void personalData(Page page, ItemTally tally) throws IOException {
    page.raw("<section id=\"pii\"><h2>").t("nav.pii").raw("</h2><p>");
    page.f("pii.lead", tally.withPii).raw("</p>");
    Table types = Table.begin(page, "t-pii-types", "type", "findings", "items");
    for (Map.Entry<String, long[]> e : tally.piiTypes.entrySet()) {
      types.row().code(e.getKey()).num(e.getValue()[0]).num(e.getValue()[1]).end();
    }
    types.finish(tally.piiTypes.size(), tally.piiTypes.size(), "");
    page.raw("<h3>").t("h.sensitive").raw("</h3>");
    Table sens = Table.begin(page, "t-sensitive", "category", "findings");
    for (Map.Entry<String, Long> e : tally.sensitive.entrySet()) {
      sens.row().code(e.getKey()).num(e.getValue()).end();
    }
    sens.finish(tally.sensitive.size(), tally.sensitive.size(), "");
    page.raw("<h3>").t("h.itemsWithPii").raw("</h3>");
    Table t = Table.begin(page, "t-pii", "item", "source", "types", "masked", "sensitive");
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
