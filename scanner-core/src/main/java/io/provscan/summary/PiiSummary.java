package io.provscan.summary;

import io.provscan.detect.PiiFinding;
import io.provscan.internal.Counter;
import io.provscan.record.ItemRecord;
import io.provscan.record.SummarySection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The {@code pii} section of {@code summary.json}: items with any personal data, items with any
 * sensitive category, findings per type and term counts per category. Counts only; no value, not
 * even masked, reaches the summary. Thread-safe.
 */
public final class PiiSummary implements SummarySection {
  private final LongAdder itemsWithPii = new LongAdder();
  private final LongAdder itemsWithSensitive = new LongAdder();
  private final Counter types = new Counter();
  private final Counter categories = new Counter();

  @Override
  public String key() {
    return "pii";
  }

  @Override
  public void accept(ItemRecord record) {
    if (!record.pii().isEmpty()) {
      itemsWithPii.increment();
      for (PiiFinding f : record.pii()) {
        types.increment(f.type());
      }
    }
    if (!record.sensitive().isEmpty()) {
      itemsWithSensitive.increment();
      record.sensitive().forEach(categories::add);
    }
  }

  @Override
  public Object snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("itemsWithPii", itemsWithPii.sum());
    m.put("itemsWithSensitive", itemsWithSensitive.sum());
    m.put("types", types.snapshot());
    m.put("sensitive", categories.snapshot());
    return m;
  }
}
