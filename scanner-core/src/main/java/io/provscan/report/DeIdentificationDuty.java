package io.provscan.report;

import io.provscan.summary.PiiTotals;
import java.util.ArrayList;
import java.util.List;

/**
 * The duties view's de-identification row (个人信息去标识化): what the exports recorded in {@code
 * exports.json} did with personal data, or that none is recorded.
 */
final class DeIdentificationDuty {
  private DeIdentificationDuty() {}

  /**
   * De-identification is shown by an export ({@code exports.json}): each export's operators and
   * counts are the evidence, and a type exported as it is (operator {@code none}) is a problem.
   * With no export recorded, personal data found is a problem: nothing shows it was handled.
   */
  static Duty.Row of(CorpusFacts f) {
    if (!f.exports().isEmpty()) {
      return exported(f.exports());
    }
    PiiTotals p = f.pii();
    if (p == null) {
      return new Duty.Row(
          Duty.DE_IDENTIFICATION,
          Duty.Status.OUTSIDE,
          List.of(Line.of("duty.ev.piiOff"), Line.of("duty.ev.noExport")),
          List.of(Line.of("duty.open.deIdentification")));
    }
    List<Line> ev =
        List.of(Line.at("pii", "duty.ev.masked", p.itemsWithPii()), Line.of("duty.ev.noExport"));
    Duty.Status status = p.itemsWithPii() > 0 ? Duty.Status.PROBLEMS : Duty.Status.EVIDENCE;
    return new Duty.Row(
        Duty.DE_IDENTIFICATION, status, ev, List.of(Line.of("duty.open.deIdentification")));
  }

  private static Duty.Row exported(ExportLog log) {
    List<Line> ev = new ArrayList<>();
    boolean keptAsIs = false;
    for (ExportLog.Entry e : log.exports()) {
      ev.add(
          Line.at(
              "statement",
              "duty.ev.exported",
              e.destination(),
              e.finishedAt(),
              e.exported(),
              e.leftOut(),
              e.valuesReplaced()));
      ev.add(Line.at("statement", "duty.ev.operators", operators(e)));
      if (!e.keptAsIs().isEmpty()) {
        keptAsIs = true;
        ev.add(Line.at("statement", "duty.ev.keptAsIs", String.join(", ", e.keptAsIs())));
      }
    }
    return new Duty.Row(
        Duty.DE_IDENTIFICATION,
        keptAsIs ? Duty.Status.PROBLEMS : Duty.Status.EVIDENCE,
        ev,
        List.of(Line.of("duty.open.deIdentificationExported")));
  }

  /**
   * {@code EMAIL_ADDRESS → hash (12)} for each type with values replaced, else the types'
   * operators.
   */
  private static String operators(ExportLog.Entry e) {
    List<String> parts = new ArrayList<>();
    e.deidentified()
        .forEach(
            (type, byOp) -> byOp.forEach((op, n) -> parts.add(type + " → " + op + " (" + n + ")")));
    if (parts.isEmpty()) {
      e.operators().forEach((type, op) -> parts.add(type + " → " + op));
    }
    return String.join(", ", parts);
  }
}
