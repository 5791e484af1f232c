package io.provscan.provenance;

import com.fasterxml.jackson.annotation.JsonValue;
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
  /** The key of this section in {@code summary.json}. */
  public static final String KEY = "sources";

  private final SourceRegistry registry;
  private final Map<String, SourceTally> tallies = new ConcurrentHashMap<>();

  /** A section over the sources of {@code registry}. */
  public SourcesSection(SourceRegistry registry) {
    this.registry = registry;
  }

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public void accept(ItemRecord record) {
    if (record.source() != null) {
      tallies.computeIfAbsent(record.source(), id -> new SourceTally()).add(record);
    }
  }

  @Override
  public SourceRows snapshot() {
    List<SourceRow> rows = new ArrayList<>();
    for (DataSource source : registry.all()) {
      SourceTally tally = tallies.getOrDefault(source.id(), new SourceTally());
      rows.add(tally.row(source));
    }
    rows.sort(Comparator.comparingLong((SourceRow r) -> -r.items()).thenComparing(SourceRow::id));
    return new SourceRows(rows);
  }

  /**
   * The rows, written as a JSON array.
   *
   * @param rows one per source, largest first
   */
  public record SourceRows(@JsonValue List<SourceRow> rows) {
    /** Copies the list. */
    public SourceRows {
      rows = List.copyOf(rows);
    }
  }
}
