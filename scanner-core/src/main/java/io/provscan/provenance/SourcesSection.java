package io.provscan.provenance;

import io.provscan.record.ItemRecord;
import io.provscan.record.SummarySection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code summary.json} → {@code sources}: one row per data source, items aggregated as they finish.
 * Rows are sorted by item count, largest first. Thread-safe.
 */
public final class SourcesSection implements SummarySection {
  private final SourceRegistry registry;
  private final Map<String, SourceTally> tallies = new ConcurrentHashMap<>();

  /** A section over the sources of {@code registry}. */
  public SourcesSection(SourceRegistry registry) {
    this.registry = registry;
  }

  @Override
  public String key() {
    return "sources";
  }

  @Override
  public void accept(ItemRecord record) {
    if (record.source() != null) {
      tallies.computeIfAbsent(record.source(), id -> new SourceTally()).add(record);
    }
  }

  @Override
  public List<Map<String, Object>> snapshot() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (DataSource source : registry.all()) {
      SourceTally tally = tallies.getOrDefault(source.id(), new SourceTally());
      rows.add(tally.row(source));
    }
    rows.sort(
        Comparator.comparingLong((Map<String, Object> r) -> -((Number) r.get("items")).longValue())
            .thenComparing(r -> (String) r.get("id")));
    return rows;
  }
}
