package io.provscan.provenance;

import io.provscan.detect.LicenseFinding;
import io.provscan.detect.OptOut;
import io.provscan.detect.PiiFinding;
import io.provscan.internal.Counter;
import io.provscan.record.ItemRecord;
import io.provscan.source.ItemStatus;
import java.util.ArrayList;
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

  SourceRow row(DataSource s) {
    Map<String, Long> detected = licenses.snapshot();
    return new SourceRow(
        s.id(),
        s.kind(),
        s.name(),
        s.origin(),
        s.declaredLicenses(),
        new TreeMap<>(s.facts()),
        s.problems(),
        items.sum(),
        status.snapshot(),
        bytes.sum(),
        detected,
        categories.snapshot(),
        clauseValues(),
        conflicts(s.declaredLicenses(), detected),
        optOut(),
        pii.snapshot(),
        itemsWithPii.sum(),
        sensitive.snapshot(),
        verdicts.snapshot(),
        null,
        null);
  }

  private Map<String, List<String>> clauseValues() {
    Map<String, List<String>> out = new TreeMap<>();
    clauses.forEach((k, v) -> out.put(k, List.copyOf(new TreeSet<>(v))));
    return out;
  }

  private SourceRow.OptOutShare optOut() {
    long p = pages.sum();
    long r = reserved.sum();
    return new SourceRow.OptOutShare(
        p,
        r,
        p == 0 ? 0.0 : Math.round(r * 1000.0 / p) / 1000.0,
        reservingAgents.snapshot(),
        signals.snapshot());
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
