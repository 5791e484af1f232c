package io.provscan.provenance;

import io.provscan.detect.LicenseFinding;
import io.provscan.detect.OptOut;
import io.provscan.detect.PiiFinding;
import io.provscan.internal.Counter;
import io.provscan.record.ItemRecord;
import io.provscan.source.ItemStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What one source's items add up to. Thread-safe. */
final class SourceTally {
  /** Values kept per clause: {@value}. */
  static final int MAX_CLAUSE_VALUES = 5;

  private final LongAdder items = new LongAdder();
  private final LongAdder bytes = new LongAdder();
  private final Counter status = new Counter();
  private final Counter licenses = new Counter();
  private final Counter categories = new Counter();
  private final Map<String, Set<String>> clauses = new ConcurrentHashMap<>();
  private final LongAdder pages = new LongAdder();
  private final LongAdder reserved = new LongAdder();
  private final Counter reservingAgents = new Counter();
  private final Counter signals = new Counter();
  private final Counter pii = new Counter();
  private final LongAdder itemsWithPii = new LongAdder();
  private final Counter sensitive = new Counter();
  private final Counter verdicts = new Counter();

  void add(ItemRecord r) {
    items.increment();
    status.increment(r.status().name().toLowerCase(Locale.ROOT));
    if (!r.isContainer() && r.size() != null) {
      bytes.add(r.size());
    }
    for (LicenseFinding l : r.licenses()) {
      licenses.increment(l.spdx());
      categories.increment(l.category() == null ? "unknown" : l.category());
      for (LicenseFinding.Clause c : l.clauses()) {
        Set<String> values = clauses.computeIfAbsent(c.id(), k -> ConcurrentHashMap.newKeySet());
        if (values.size() < MAX_CLAUSE_VALUES) {
          values.add(c.value() == null ? "" : String.valueOf(c.value()));
        }
      }
    }
    addOptOut(r);
    addPii(r);
    if (r.verdict() != null) {
      verdicts.increment(r.verdict());
    }
  }

  private void addOptOut(ItemRecord r) {
    if (r.url() != null && r.status() != ItemStatus.SKIPPED) {
      pages.increment();
    }
    OptOut o = r.optOut();
    if (o.reserved()) {
      reserved.increment();
    }
    for (OptOut.Signal s : o.signals()) {
      signals.increment(s.type());
      s.agents().forEach(reservingAgents::increment);
    }
  }

  private void addPii(ItemRecord r) {
    if (!r.pii().isEmpty()) {
      itemsWithPii.increment();
    }
    for (PiiFinding p : r.pii()) {
      pii.increment(p.type());
    }
    r.sensitive().forEach((k, v) -> sensitive.add(k, v));
  }

  Map<String, Object> row(DataSource s) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", s.id());
    row.put("kind", s.kind());
    row.put("name", s.name());
    row.put("origin", s.origin());
    row.put("declaredLicenses", s.declaredLicenses());
    row.put("facts", new TreeMap<>(s.facts()));
    row.put("problems", s.problems());
    row.put("items", items.sum());
    row.put("status", status.snapshot());
    row.put("bytes", bytes.sum());
    Map<String, Long> detected = licenses.snapshot();
    row.put("detectedLicenses", detected);
    row.put("categories", categories.snapshot());
    row.put("clauses", clauseValues());
    row.put("conflicts", conflicts(s.declaredLicenses(), detected));
    row.put("optOut", optOut());
    row.put("pii", pii.snapshot());
    row.put("itemsWithPii", itemsWithPii.sum());
    row.put("sensitive", sensitive.snapshot());
    row.put("verdicts", verdicts.snapshot());
    return row;
  }

  private Map<String, List<String>> clauseValues() {
    Map<String, List<String>> out = new TreeMap<>();
    clauses.forEach((k, v) -> out.put(k, List.copyOf(new TreeSet<>(v))));
    return out;
  }

  private Map<String, Object> optOut() {
    Map<String, Object> o = new LinkedHashMap<>();
    long p = pages.sum();
    long r = reserved.sum();
    o.put("pages", p);
    o.put("reservedPages", r);
    o.put("reservedShare", p == 0 ? 0.0 : Math.round(r * 1000.0 / p) / 1000.0);
    o.put("agents", reservingAgents.snapshot());
    o.put("signals", signals.snapshot());
    return o;
  }

  /**
   * Licences detected in the source's items that its manifest does not declare. The Data Provenance
   * Initiative found half of the declared dataset licences wrong (Longpre et al., 2024), so every
   * disagreement is shown; the policy decides what it costs.
   */
  static List<String> conflicts(List<String> declared, Map<String, Long> detected) {
    List<String> out = new ArrayList<>();
    if (declared.isEmpty()) {
      return out;
    }
    Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    known.addAll(declared);
    detected.forEach(
        (id, n) -> {
          if (!known.contains(id)) {
            out.add(
                "declared "
                    + String.join(" + ", declared)
                    + " but "
                    + id
                    + " found in "
                    + n
                    + (n == 1 ? " item" : " items"));
          }
        });
    return out;
  }
}
