package io.provscan.export;

import io.provscan.detect.LicenseFinding;
import io.provscan.internal.ItemKey;
import io.provscan.licensedb.LicenseCategory;
import io.provscan.policy.Gate;
import io.provscan.policy.Judgement;
import io.provscan.policy.LicenseCategories;
import io.provscan.policy.PolicyEngine;
import io.provscan.provenance.DataSource;
import io.provscan.provenance.SourceRow;
import io.provscan.record.ItemRecord;
import io.provscan.report.ScanOutput;
import io.provscan.source.ItemStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The items of a finished scan, judged for export and found by their {@link ItemKey}, in the order
 * of {@code items.jsonl}. With a policy given, every item is judged again under it (with the
 * licences its source declares, as the gate does); without one, the scan's own verdicts stand.
 */
final class ScanEntries {
  private final Map<Long, ScanEntry> byKey = new HashMap<>();
  private final List<Long> order = new ArrayList<>();
  private final Map<String, SourceRow> sources = new LinkedHashMap<>();

  private ScanEntries() {}

  /**
   * Reads and judges the scan's items.
   *
   * @param engine the export's policy, or null to keep the scan's verdicts
   * @param categories the categories of licences sources declare (loaded only when one does)
   */
  static ScanEntries load(
      ScanOutput scan, PolicyEngine engine, Supplier<LicenseCategories> categories)
      throws IOException {
    ScanEntries entries = new ScanEntries();
    Map<String, DataSource> declared = new HashMap<>();
    for (SourceRow row : scan.sources()) {
      entries.sources.put(String.valueOf(row.id()), row);
      declared.put(String.valueOf(row.id()), row.declaredSource());
    }
    Map<String, String> declaredCategory = new HashMap<>();
    scan.items(
        r -> {
          ScanEntry e = entries.entry(r, engine, declared, declaredCategory, categories);
          long key = ItemKey.of(r.root(), r.path());
          if (entries.byKey.put(key, e) == null) {
            entries.order.add(key);
          }
        });
    return entries;
  }

  /** The entry of the item at {@code path} under {@code root}, or null when the scan has none. */
  ScanEntry get(String root, String path) {
    return byKey.get(ItemKey.of(root, path));
  }

  /** Every entry in the order of {@code items.jsonl}. */
  List<ScanEntry> inOrder() {
    List<ScanEntry> out = new ArrayList<>(order.size());
    order.forEach(k -> out.add(byKey.get(k)));
    return out;
  }

  /** The sources of the scan by id, as {@code summary.json} lists them. */
  Map<String, SourceRow> sources() {
    return sources;
  }

  /** Top-level files of the scan ({@code root}, {@code path}), sorted: the order of the export. */
  List<String[]> topFiles() {
    TreeSet<String> tops = new TreeSet<>();
    for (ScanEntry e : byKey.values()) {
      if (e.parent() == null && !e.path().isEmpty()) {
        tops.add(e.root() + '\0' + e.path());
      }
    }
    List<String[]> out = new ArrayList<>(tops.size());
    tops.forEach(t -> out.add(t.split("\0", 2)));
    return out;
  }

  private ScanEntry entry(
      ItemRecord r,
      PolicyEngine engine,
      Map<String, DataSource> declared,
      Map<String, String> declaredCategory,
      Supplier<LicenseCategories> categories) {
    String verdict = r.verdict();
    List<String> reasons = r.reasons();
    if (engine != null) {
      Judgement j = engine.judge(r, declared.get(r.source()));
      verdict = j.verdict().id();
      reasons = j.reasons();
    }
    List<String> rules = new ArrayList<>(reasons.size());
    for (String reason : reasons) {
      if (reason.startsWith(verdict + ":")) {
        rules.add(Gate.rule(reason)); // only the rules that reached the verdict decided it
      }
    }
    String license = license(r);
    String category = category(r);
    DataSource source = declared.get(r.source());
    if (license == null && source != null && !source.declaredLicenses().isEmpty()) {
      license = String.join(" AND ", new TreeSet<>(source.declaredLicenses()));
      category =
          declaredCategory.computeIfAbsent(
              r.source(), s -> worst(source.declaredLicenses(), categories.get()));
    }
    return new ScanEntry(
        r.root(),
        r.path(),
        r.parent(),
        r.source(),
        r.url(),
        r.sha256(),
        problem(r),
        verdict,
        List.copyOf(rules),
        license,
        category,
        r.optOut() != null && r.optOut().reserved());
  }

  /** Why the item has no text of its own to export, or null. */
  private static String problem(ItemRecord r) {
    if (r.isContainer()) {
      return ScanEntry.CONTAINER;
    }
    if (r.status() != ItemStatus.OK) {
      String kind = r.error() == null ? "" : " (" + r.error().kind().json() + ")";
      return r.status().name().toLowerCase(java.util.Locale.ROOT) + " in the scan" + kind;
    }
    return null;
  }

  /** The distinct licences found, joined with AND (each binds the item). */
  private static String license(ItemRecord r) {
    TreeSet<String> ids = new TreeSet<>();
    for (LicenseFinding l : r.licenses()) {
      if (l.spdx() != null) {
        ids.add(l.spdx());
      }
    }
    return ids.isEmpty() ? null : String.join(" AND ", ids);
  }

  private static String category(ItemRecord r) {
    List<String> ids = new ArrayList<>();
    r.licenses().forEach(l -> ids.add(l.category()));
    return worst(ids, id -> id);
  }

  /** The most restrictive category among those of {@code ids}, or null when none is known. */
  private static String worst(List<String> ids, LicenseCategories categories) {
    LicenseCategory worst = null;
    for (String id : ids) {
      LicenseCategory c = parse(id == null ? null : categories.categoryOf(id));
      if (c != null && (worst == null || c.restrictiveness() > worst.restrictiveness())) {
        worst = c;
      }
    }
    return worst == null ? null : worst.id();
  }

  private static LicenseCategory parse(String id) {
    try {
      return id == null ? null : LicenseCategory.fromId(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
