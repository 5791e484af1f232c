package io.provscan.report.html;

import io.provscan.detect.LicenseFinding;
import io.provscan.detect.OptOut;
import io.provscan.detect.PiiFinding;
import io.provscan.record.ItemRecord;
import io.provscan.source.ItemStatus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the page needs from {@code items.jsonl}, gathered in one streaming pass: totals per licence,
 * clause, opt-out signal and personal-data type, and bounded lists of the items behind them. Memory
 * is bounded by the caps, whatever the number of items. Single-threaded.
 */
final class ItemTally {
  /** Distinct licences, clauses or types tracked before the rest are counted as "(others)". */
  static final int MAX_KEYS = 2_000;

  /** Values, licences or sources remembered per aggregate row. */
  static final int MAX_LISTED = 10;

  /** Masked examples shown per item. */
  static final int MAX_MASKED = 3;

  final Map<String, LicenceStats> licences = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  final Map<String, ClauseStats> clauses = new TreeMap<>();
  final Map<String, long[]> piiTypes = new TreeMap<>();
  final Map<String, Long> sensitive = new TreeMap<>();
  final Map<String, Long> signalTypes = new TreeMap<>();
  final Map<String, Long> verdicts = new TreeMap<>();
  final Capped<Rows.Evidence> evidence;
  final Capped<Rows.OptOutItem> optOuts;
  final Capped<Rows.PiiItem> pii;
  final Capped<Rows.Judged> judged;
  final Capped<Rows.Failure> failures;
  final TopItems items;
  long seen;
  long reserved;
  long withUrl;
  long withPii;

  ItemTally(int maxRows) {
    evidence = new Capped<>(maxRows);
    optOuts = new Capped<>(maxRows);
    pii = new Capped<>(maxRows);
    judged = new Capped<>(maxRows);
    failures = new Capped<>(maxRows);
    items = new TopItems(maxRows);
  }

  void add(ItemRecord r) {
    long seq = seen++;
    addLicences(r);
    addOptOut(r);
    addPii(r);
    if (r.verdict() != null) {
      verdicts.merge(r.verdict(), 1L, Long::sum);
      if (!"allow".equals(r.verdict())) {
        judged.add(new Rows.Judged(r.path(), r.source(), r.verdict(), r.reasons()));
      }
    }
    if (r.error() != null) {
      String status = r.status().name().toLowerCase(Locale.ROOT);
      failures.add(
          new Rows.Failure(r.path(), status, r.error().kind().json(), r.error().message()));
    }
    items.add(item(seq, r));
  }

  private void addLicences(ItemRecord r) {
    for (LicenseFinding l : r.licenses()) {
      String id = l.spdx() == null ? "(none)" : l.spdx();
      LicenceStats stats = licences.get(id);
      if (stats == null) {
        stats = new LicenceStats(l.name(), l.category());
        if (licences.size() < MAX_KEYS) {
          licences.put(id, stats);
        }
      }
      stats.add(r, l);
      for (LicenseFinding.Clause c : l.clauses()) {
        ClauseStats cs = clauses.get(c.id());
        if (cs == null) {
          cs = new ClauseStats();
          if (clauses.size() < MAX_KEYS) {
            clauses.put(String.valueOf(c.id()), cs);
          }
        }
        cs.add(r.path(), id, c);
      }
      String lines = l.lines() == null ? "" : l.lines().start() + "–" + l.lines().end();
      evidence.add(
          new Rows.Evidence(
              r.path(), r.source(), id, l.name(), l.category(), l.basis(), l.confidence(), lines));
    }
  }

  private void addOptOut(ItemRecord r) {
    if (r.url() != null && r.status() != ItemStatus.SKIPPED) {
      withUrl++;
    }
    OptOut o = r.optOut();
    if (o.reserved()) {
      reserved++;
    }
    o.signals().forEach(s -> signalTypes.merge(String.valueOf(s.type()), 1L, Long::sum));
    if (o.reserved() || !o.signals().isEmpty()) {
      optOuts.add(new Rows.OptOutItem(r.path(), r.url(), o.reserved(), o.signals()));
    }
  }

  private void addPii(ItemRecord r) {
    r.sensitive().forEach((k, v) -> sensitive.merge(k, (long) v, Long::sum));
    if (r.pii().isEmpty()) {
      return;
    }
    withPii++;
    Map<String, Long> types = new TreeMap<>();
    List<String> masked = new ArrayList<>();
    for (PiiFinding p : r.pii()) {
      types.merge(String.valueOf(p.type()), 1L, Long::sum);
      if (masked.size() < MAX_MASKED) {
        masked.add(p.type() + ": " + p.masked());
      }
    }
    types.forEach(
        (t, n) -> {
          long[] c = piiTypes.computeIfAbsent(t, k -> new long[2]);
          c[0] += n;
          c[1]++;
        });
    pii.add(new Rows.PiiItem(r.path(), r.source(), types, masked, r.sensitive()));
  }

  private static Rows.Item item(long seq, ItemRecord r) {
    List<String> ids = new ArrayList<>();
    r.licenses().forEach(l -> ids.add(l.spdx()));
    return new Rows.Item(
        seq,
        rank(r),
        r.path(),
        title(r),
        r.source(),
        r.url(),
        r.mediaType(),
        r.status().name().toLowerCase(Locale.ROOT),
        ids,
        r.verdict(),
        r.sha256());
  }

  /** Blocked 5, review 4, failed 3, with findings 2, skipped 1, the rest 0. */
  static int rank(ItemRecord r) {
    if ("block".equals(r.verdict())) {
      return 5;
    }
    if ("review".equals(r.verdict())) {
      return 4;
    }
    if (r.status() == ItemStatus.FAILED) {
      return 3;
    }
    if (!r.licenses().isEmpty() || r.optOut().reserved() || !r.pii().isEmpty()) {
      return 2;
    }
    return r.status() == ItemStatus.SKIPPED ? 1 : 0;
  }

  private static String title(ItemRecord r) {
    for (Map.Entry<String, List<String>> e : r.metadata().entrySet()) {
      if (e.getKey().equalsIgnoreCase("dc:title") && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  /** One licence across the scan. */
  static final class LicenceStats {
    final String name;
    final String category;
    final Set<String> sources = new LinkedHashSet<>();
    final Map<String, Long> basis = new TreeMap<>();
    long items;
    boolean moreSources;

    LicenceStats(String name, String category) {
      this.name = name;
      this.category = category == null ? "unknown" : category;
    }

    void add(ItemRecord r, LicenseFinding l) {
      items++;
      basis.merge(String.valueOf(l.basis()), 1L, Long::sum);
      String s = String.valueOf(r.source());
      if (sources.size() < MAX_LISTED) {
        sources.add(s);
      } else if (!sources.contains(s)) {
        moreSources = true;
      }
    }
  }

  /** One clause (obligation or restriction) across the scan. */
  static final class ClauseStats {
    final Set<String> values = new LinkedHashSet<>();
    final Set<String> licences = new LinkedHashSet<>();
    long items;
    String examplePath;
    String exampleEvidence;

    void add(String path, String licence, LicenseFinding.Clause c) {
      items++;
      if (values.size() < MAX_LISTED && c.value() != null) {
        values.add(String.valueOf(c.value()));
      }
      if (licences.size() < MAX_LISTED) {
        licences.add(licence);
      }
      if (exampleEvidence == null && c.evidence() != null) {
        examplePath = path + (c.line() == null ? "" : ":" + c.line());
        exampleEvidence = c.evidence();
      }
    }
  }
}
