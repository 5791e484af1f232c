package io.provscan.policy;

import io.provscan.internal.Counter;
import io.provscan.provenance.SourceRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges the source rows of a summary: a verdict and reasons on every row, totals for items and
 * sources, and which policy judged. Used at the end of a scan and by the gate, which judges a
 * finished scan again. Reads only the rows, so the policy stage knows nothing of the rest of the
 * summary.
 */
public final class Verdicts {
  private Verdicts() {}

  /** Judges {@code rows} (they keep their order) and adds up the verdicts. */
  public static Judged apply(List<SourceRow> rows, PolicyEngine engine) {
    Counter items = new Counter();
    Counter sources = new Counter();
    List<SourceRow> judged = new ArrayList<>(rows.size());
    for (SourceRow row : rows) {
      Judgement j = engine.judgeSource(facts(row));
      judged.add(row.judged(j.verdict().id(), j.reasons()));
      sources.increment(j.verdict().id());
      row.verdicts().forEach(items::add);
    }
    Totals totals = new Totals(filled(items.snapshot()), filled(sources.snapshot()));
    PolicyId policy = new PolicyId(engine.policy().origin(), engine.policy().sha256());
    return new Judged(List.copyOf(judged), totals, policy);
  }

  /** The fields of a row {@link PolicyEngine#judgeSource} reads. */
  private static SourceFacts facts(SourceRow row) {
    return new SourceFacts(
        row.id(), row.declaredLicenses(), row.conflicts(), row.problems(), row.verdicts());
  }

  private static Map<String, Long> filled(Map<String, Long> counts) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Action a : Action.values()) {
      out.put(a.id(), counts.getOrDefault(a.id(), 0L));
    }
    return out;
  }

  /**
   * Rows with their verdicts, and what they add up to.
   *
   * @param rows the rows in their order, each with verdict and reasons
   * @param totals items and sources per verdict
   * @param policy the policy that judged
   */
  public record Judged(List<SourceRow> rows, Totals totals, PolicyId policy) {}

  /**
   * {@code summary.json} → {@code policy}: which policy judged.
   *
   * @param origin where it was read from (a path, or the bundled default)
   * @param sha256 digest of its text
   */
  public record PolicyId(String origin, String sha256) {}

  /**
   * Verdict totals, {@code summary.json} → {@code verdicts}.
   *
   * @param items items per verdict, every verdict present
   * @param sources sources per verdict, every verdict present
   */
  public record Totals(Map<String, Long> items, Map<String, Long> sources) {
    /** True when any item or source reached {@code threshold} or worse. */
    public boolean fails(Action threshold) {
      for (Action a : Action.values()) {
        if (a.compareTo(threshold) >= 0
            && (items.getOrDefault(a.id(), 0L) > 0 || sources.getOrDefault(a.id(), 0L) > 0)) {
          return true;
        }
      }
      return false;
    }
  }
}
