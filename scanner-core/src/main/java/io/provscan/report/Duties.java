package io.provscan.report;

import io.provscan.provenance.DataSource;
import io.provscan.provenance.SourceRow;
import io.provscan.summary.LicenseTotals;
import io.provscan.summary.OptOutTotals;
import io.provscan.summary.PiiTotals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The duties view: one row per {@link Duty}, its status derived from the scan's facts, the evidence
 * with links into {@code report.html}, and what remains for people. A status never claims
 * compliance: {@link Duty.Status#EVIDENCE} means facts were found and none needs a look.
 */
public final class Duties {
  /** Licence categories whose terms restrict what may be done with the data or model. */
  private static final List<String> RESTRICTIVE =
      List.of(
          "non-commercial",
          "no-derivatives",
          "use-restricted",
          "research-only",
          "proprietary",
          "unknown");

  private Duties() {}

  /** The rows, in {@link Duty} order. */
  public static List<Duty.Row> of(CorpusFacts f) {
    List<Duty.Row> rows = new ArrayList<>();
    rows.add(dataSource(f));
    rows.add(dataQuality(f));
    rows.add(annotation(f));
    rows.add(personalSource(f));
    rows.add(DeIdentificationDuty.of(f));
    rows.add(crossBorder(f));
    rows.add(intellectualProperty(f));
    rows.add(openSource(f));
    rows.add(tdm(f));
    rows.add(baseModel(f));
    return List.copyOf(rows);
  }

  private static Duty.Row dataSource(CorpusFacts f) {
    LicenseTotals l = f.licenses();
    long conflicts = f.conflictedSources();
    long blocked = f.verdicts().getOrDefault("block", 0L);
    List<Line> ev = new ArrayList<>();
    ev.add(Line.at("sources", "duty.ev.sources", (long) f.sources().size()));
    ev.add(Line.at("licences", "duty.ev.licensed", l.items(), f.summary().counts().seen()));
    ev.add(Line.at("sources", "duty.ev.conflicts", conflicts));
    ev.add(Line.at("verdicts", "duty.ev.blocked", blocked));
    // a problem found outranks a capability that was off: the conflict is a fact either way
    Duty.Status status =
        conflicts > 0 || blocked > 0
            ? Duty.Status.PROBLEMS
            : f.licencesDetected() ? Duty.Status.EVIDENCE : Duty.Status.OUTSIDE;
    return new Duty.Row(Duty.DATA_SOURCE, status, ev, List.of(Line.of("duty.open.dataSource")));
  }

  private static Duty.Row dataQuality(CorpusFacts f) {
    var c = f.summary().counts();
    List<Line> ev = new ArrayList<>();
    ev.add(Line.at("statement", "duty.ev.scale", c.seen(), f.summary().chars()));
    ev.add(
        Line.at(
            "statement",
            "duty.ev.types",
            (long) f.summary().mediaTypes().size(),
            (long) f.summary().languages().size()));
    ev.add(Line.at("failures", "duty.ev.failed", c.failed(), c.truncated()));
    Duty.Status status =
        c.failed() > 0 || c.truncated() > 0 ? Duty.Status.PROBLEMS : Duty.Status.EVIDENCE;
    return new Duty.Row(Duty.DATA_QUALITY, status, ev, List.of(Line.of("duty.open.dataQuality")));
  }

  private static Duty.Row annotation(CorpusFacts f) {
    Map<String, Map<String, Object>> facts = f.annotationFacts();
    if (facts.isEmpty()) {
      return new Duty.Row(
          Duty.ANNOTATION,
          Duty.Status.OUTSIDE,
          List.of(Line.at("sources", "duty.ev.annotationNone")),
          List.of(Line.of("duty.open.annotationNone")));
    }
    List<Line> ev = new ArrayList<>();
    facts.forEach(
        (source, kv) ->
            kv.forEach(
                (k, v) ->
                    ev.add(
                        Line.at("statement", "duty.ev.annotation", source, k, String.valueOf(v)))));
    return new Duty.Row(
        Duty.ANNOTATION, Duty.Status.EVIDENCE, ev, List.of(Line.of("duty.open.annotation")));
  }

  private static Duty.Row personalSource(CorpusFacts f) {
    PiiTotals p = f.pii();
    if (p == null) {
      return outsideWithout(Duty.PERSONAL_SOURCE, "duty.ev.piiOff", "duty.open.personalSource");
    }
    List<Line> ev = new ArrayList<>();
    ev.add(Line.at("pii", "duty.ev.pii", p.itemsWithPii(), String.join(", ", p.types().keySet())));
    ev.add(
        Line.at(
            "pii",
            "duty.ev.sensitive",
            p.itemsWithSensitive(),
            String.join(", ", p.sensitive().keySet())));
    Duty.Status status =
        p.itemsWithPii() > 0 || p.itemsWithSensitive() > 0
            ? Duty.Status.PROBLEMS
            : Duty.Status.EVIDENCE;
    return new Duty.Row(
        Duty.PERSONAL_SOURCE, status, ev, List.of(Line.of("duty.open.personalSource")));
  }

  private static Duty.Row crossBorder(CorpusFacts f) {
    long hosts = f.sources(DataSource.HOST).size();
    return new Duty.Row(
        Duty.CROSS_BORDER,
        Duty.Status.OUTSIDE,
        List.of(Line.at("sources", "duty.ev.hosts", hosts)),
        List.of(Line.of("duty.open.crossBorder")));
  }

  private static Duty.Row intellectualProperty(CorpusFacts f) {
    Map<String, Long> cat = f.licenses().byCategory();
    long restricted = RESTRICTIVE.stream().mapToLong(c -> cat.getOrDefault(c, 0L)).sum();
    OptOutTotals o = f.optOut();
    long reserved = o == null ? 0 : o.reservedItems();
    List<Line> ev = new ArrayList<>();
    ev.add(Line.at("licences", "duty.ev.restricted", restricted));
    ev.add(Line.at("optouts", "duty.ev.reservedItems", reserved));
    ev.add(Line.at("sources", "duty.ev.conflicts", f.conflictedSources()));
    Duty.Status status =
        restricted > 0 || reserved > 0 || f.conflictedSources() > 0
            ? Duty.Status.PROBLEMS
            : f.licencesDetected() ? Duty.Status.EVIDENCE : Duty.Status.OUTSIDE;
    return new Duty.Row(
        Duty.INTELLECTUAL_PROPERTY, status, ev, List.of(Line.of("duty.open.intellectualProperty")));
  }

  private static Duty.Row openSource(CorpusFacts f) {
    LicenseTotals l = f.licenses();
    long clauses = l.byClause().values().stream().mapToLong(Long::longValue).sum();
    long copyleft =
        l.byCategory().entrySet().stream()
            .filter(e -> e.getKey().contains("copyleft"))
            .mapToLong(Map.Entry::getValue)
            .sum();
    List<Line> ev = new ArrayList<>();
    ev.add(Line.at("licences", "duty.ev.licences", (long) l.byLicense().size()));
    ev.add(
        Line.at(
            "obligations", "duty.ev.clauses", clauses, String.join(", ", l.byClause().keySet())));
    ev.add(Line.at("licences", "duty.ev.copyleft", copyleft));
    Duty.Status status =
        !f.licencesDetected()
            ? Duty.Status.OUTSIDE
            : clauses > 0 || copyleft > 0 ? Duty.Status.PROBLEMS : Duty.Status.EVIDENCE;
    return new Duty.Row(Duty.OPEN_SOURCE, status, ev, List.of(Line.of("duty.open.openSource")));
  }

  private static Duty.Row tdm(CorpusFacts f) {
    OptOutTotals o = f.optOut();
    if (o == null) {
      return outsideWithout(Duty.TDM_RESERVATIONS, "duty.ev.optOutOff", "duty.open.tdm");
    }
    List<Line> ev = new ArrayList<>();
    ev.add(Line.at("optouts", "duty.ev.signals", String.join(", ", o.signals().keySet())));
    ev.add(
        Line.at(
            "optouts", "duty.ev.reservedPages", o.reservedPages(), o.pages(), o.reservedItems()));
    Duty.Status status = o.reservedItems() > 0 ? Duty.Status.PROBLEMS : Duty.Status.EVIDENCE;
    return new Duty.Row(Duty.TDM_RESERVATIONS, status, ev, List.of(Line.of("duty.open.tdm")));
  }

  private static Duty.Row baseModel(CorpusFacts f) {
    List<SourceRow> models = f.sources(DataSource.MODEL);
    if (models.isEmpty()) {
      return outsideWithout(Duty.BASE_MODEL, "duty.ev.noModel", "duty.open.baseModel");
    }
    List<Line> ev = new ArrayList<>();
    for (SourceRow m : models) {
      List<String> lic = new ArrayList<>(m.declaredLicenses());
      m.detectedLicenses().keySet().stream().filter(x -> !lic.contains(x)).forEach(lic::add);
      Object base = m.facts().get("baseModel");
      ev.add(
          Line.at(
              "sources",
              "duty.ev.model",
              m.name(),
              lic.isEmpty() ? "—" : String.join(", ", lic),
              base == null ? "—" : String.valueOf(base)));
    }
    boolean unlicensed =
        models.stream()
            .anyMatch(m -> m.declaredLicenses().isEmpty() && m.detectedLicenses().isEmpty());
    Duty.Status status =
        unlicensed || models.stream().anyMatch(m -> !m.conflicts().isEmpty())
            ? Duty.Status.PROBLEMS
            : Duty.Status.EVIDENCE;
    return new Duty.Row(Duty.BASE_MODEL, status, ev, List.of(Line.of("duty.open.baseModel")));
  }

  private static Duty.Row outsideWithout(Duty duty, String evidence, String open) {
    return new Duty.Row(
        duty, Duty.Status.OUTSIDE, List.of(Line.of(evidence)), List.of(Line.of(open)));
  }
}
