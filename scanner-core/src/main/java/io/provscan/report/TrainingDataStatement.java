package io.provscan.report;

import io.provscan.provenance.SourceRow;
import io.provscan.summary.OptOutTotals;
import io.provscan.summary.PiiTotals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The training-data statement (训练数据说明): what the Interim Measures for Generative AI Services ask a
 * provider to explain when regulators inspect, 训练数据来源、规模、类型、标注规则 (sources, scale, types, annotation
 * rules), with licences, opt-outs honoured and personal data, from the scan's facts. Facts the scan
 * cannot know are marked blanks for the provider.
 */
public final class TrainingDataStatement {
  /** Sources listed; the rest are counted: {@value}. */
  public static final int MAX_SOURCES = 200;

  private TrainingDataStatement() {}

  /** The statement in the language of {@code m}. */
  public static Doc of(CorpusFacts f, Messages m) {
    Doc.Builder d = new Doc.Builder(m);
    var s = f.summary();
    d.para("doc.about", String.join(", ", s.roots()), m.dateTime(s.finishedAt()));
    sources(f, m, d);
    d.h3("st.scale");
    d.bullets(
        List.of(
            m.format("st.items", s.counts().seen(), s.counts().ok()),
            m.format("st.bytes", s.bytes().items()),
            m.format("st.chars", s.chars()),
            m.format(
                "st.tokens",
                f.estimatedTokens(),
                CorpusFacts.CHARS_PER_TOKEN,
                CorpusFacts.CJK_CHARS_PER_TOKEN)));
    d.h3("st.types");
    d.table(List.of("col.mediaType", "col.items"), counted(m, s.mediaTypes()));
    d.table(List.of("col.language", "col.items"), counted(m, s.languages()));
    annotation(f, m, d);
    d.h3("st.licences");
    d.table(List.of("col.category", "col.items"), counted(m, f.licenses().byCategory()));
    optOuts(f, m, d);
    personal(f, m, d);
    return d.build("st.title");
  }

  private static void sources(CorpusFacts f, Messages m, Doc.Builder d) {
    d.h3("st.sources");
    List<List<String>> rows = new ArrayList<>();
    for (SourceRow r : f.sources().subList(0, Math.min(MAX_SOURCES, f.sources().size()))) {
      String kind = m.find("kind." + r.kind());
      rows.add(
          List.of(
              String.valueOf(r.name()),
              kind == null ? String.valueOf(r.kind()) : kind,
              String.valueOf(r.origin()),
              m.num(r.items()),
              m.num(r.bytes()),
              r.declaredLicenses().isEmpty() ? "—" : String.join(", ", r.declaredLicenses()),
              r.detectedLicenses().isEmpty()
                  ? "—"
                  : String.join(", ", r.detectedLicenses().keySet())));
    }
    d.table(
        List.of(
            "col.source",
            "col.kind",
            "col.origin",
            "col.items",
            "col.bytes",
            "col.declared",
            "col.detected"),
        rows);
    if (f.sources().size() > MAX_SOURCES) {
      d.para("table.showing", (long) MAX_SOURCES, (long) f.sources().size());
    }
  }

  private static void annotation(CorpusFacts f, Messages m, Doc.Builder d) {
    d.h3("st.annotation");
    Map<String, Map<String, Object>> facts = f.annotationFacts();
    if (facts.isEmpty()) {
      d.para("st.annotationNone");
    } else {
      List<String> lines = new ArrayList<>();
      facts.forEach((source, kv) -> kv.forEach((k, v) -> lines.add(source + " · " + k + ": " + v)));
      d.bullets(lines);
    }
    d.blank("st.annotationRules");
  }

  private static void optOuts(CorpusFacts f, Messages m, Doc.Builder d) {
    d.h3("st.optouts");
    OptOutTotals o = f.optOut();
    if (o == null) {
      d.para("duty.ev.optOutOff");
      return;
    }
    d.bullets(optOutLines(f, o, m));
  }

  /**
   * The opt-out facts both documents state: the signals read, the reserved pages and items, and how
   * many items the policy blocked or sent to review.
   */
  static List<String> optOutLines(CorpusFacts f, OptOutTotals o, Messages m) {
    return List.of(
        m.format("duty.ev.signals", String.join(", ", o.signals().keySet())),
        m.format("duty.ev.reservedPages", o.reservedPages(), o.pages(), o.reservedItems()),
        m.format(
            "st.verdicts",
            f.verdicts().getOrDefault("block", 0L),
            f.verdicts().getOrDefault("review", 0L)));
  }

  private static void personal(CorpusFacts f, Messages m, Doc.Builder d) {
    d.h3("st.pii");
    PiiTotals p = f.pii();
    if (p == null) {
      d.para("duty.ev.piiOff");
    } else {
      d.para("st.piiFound", p.itemsWithPii(), p.itemsWithSensitive());
      d.table(List.of("col.type", "col.findings"), counted(m, p.types()));
      d.table(List.of("col.category", "col.findings"), counted(m, p.sensitive()));
    }
    d.para("st.piiHandled");
    if (f.exports().isEmpty()) {
      d.para("st.noExport");
      d.blank("st.piiMeasures");
      return;
    }
    for (ExportLog.Entry e : f.exports().exports()) {
      exported(e, m, d);
    }
  }

  /** How one export handled personal data: what went out, what was left out and why, per type. */
  private static void exported(ExportLog.Entry e, Messages m, Doc.Builder d) {
    d.para(
        "st.export",
        e.destination(),
        m.dateTime(e.finishedAt()),
        e.exported(),
        e.review(),
        e.leftOut(),
        e.inputProblems());
    List<List<String>> rows = new ArrayList<>();
    e.operators()
        .forEach(
            (type, op) -> {
              Map<String, Long> replaced = e.deidentified().getOrDefault(type, Map.of());
              long n = replaced.values().stream().mapToLong(Long::longValue).sum();
              rows.add(List.of(type, operator(m, op), m.num(n)));
            });
    d.table(List.of("col.type", "col.operator", "col.replaced"), rows);
    d.table(List.of("col.reason", "col.items"), leftOut(m, e.leftOutByReason()));
    d.para("st.exportManifest", e.manifest(), e.manifestSha256());
  }

  /** An operator in the language of {@code m}: {@code operator.<id>}, else its id. */
  static String operator(Messages m, String id) {
    String w = m.find("operator." + id);
    return w == null ? id : w;
  }

  private static List<List<String>> leftOut(Messages m, Map<String, Long> reasons) {
    List<List<String>> rows = new ArrayList<>();
    reasons.forEach((k, v) -> rows.add(List.of(k, m.num(v))));
    return rows;
  }

  static List<List<String>> counted(Messages m, Map<String, Long> counts) {
    List<List<String>> rows = new ArrayList<>();
    counts.forEach((k, v) -> rows.add(List.of(word(m, k), m.num(v))));
    return rows;
  }

  private static String word(Messages m, String key) {
    String w = m.find("category." + key);
    return w == null ? key : w;
  }
}
