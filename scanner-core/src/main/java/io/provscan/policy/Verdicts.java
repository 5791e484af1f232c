package io.provscan.policy;

import io.provscan.internal.Counter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the policy's verdicts to a summary document: a verdict and reasons on every source row,
 * totals for items and sources, and which policy judged. Used at the end of a scan and by the gate,
 * which judges a finished scan again.
 */
public final class Verdicts {
  private Verdicts() {}

  /** Judges the {@code sources} rows of {@code summary} in place and adds the totals. */
  @SuppressWarnings("unchecked")
  public static Totals apply(Map<String, Object> summary, PolicyEngine engine) {
    Counter items = new Counter();
    Counter sources = new Counter();
    Object rows = summary.get("sources");
    if (rows instanceof List<?> list) {
      for (Object o : list) {
        Map<String, Object> row = (Map<String, Object>) o;
        Judgement j = engine.judgeSource(row);
        row.put("verdict", j.verdict().id());
        row.put("reasons", j.reasons());
        sources.increment(j.verdict().id());
        if (row.get("verdicts") instanceof Map<?, ?> v) {
          v.forEach((k, n) -> items.add(String.valueOf(k), ((Number) n).longValue()));
        }
      }
    }
    Totals totals = new Totals(filled(items.snapshot()), filled(sources.snapshot()));
    Map<String, Object> verdicts = new LinkedHashMap<>();
    verdicts.put("items", totals.items());
    verdicts.put("sources", totals.sources());
    summary.put("verdicts", verdicts);
    Map<String, Object> policy = new LinkedHashMap<>();
    policy.put("origin", engine.policy().origin());
    policy.put("sha256", engine.policy().sha256());
    summary.put("policy", policy);
    return totals;
  }

  private static Map<String, Long> filled(Map<String, Long> counts) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Action a : Action.values()) {
      out.put(a.id(), counts.getOrDefault(a.id(), 0L));
    }
    return out;
  }

  /**
   * Verdict totals.
   *
   * @param items items per verdict
   * @param sources sources per verdict
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
