package io.provscan.summary;

import io.provscan.detect.PiiFinding;
import io.provscan.internal.Counter;
import io.provscan.record.ItemRecord;
import io.provscan.record.SummarySection;
import java.util.concurrent.atomic.LongAdder;

/**
 * The {@code pii} section of {@code summary.json}: items with any personal data, items with any
 * sensitive category, findings per type and term counts per category. Counts only; no value, not
 * even masked, reaches the summary. Thread-safe.
 */
public final class PiiSummary implements SummarySection {
  /** The key of this section in {@code summary.json}. */
  public static final String KEY = "pii";

  private final LongAdder itemsWithPii = new LongAdder();
  private final LongAdder itemsWithSensitive = new LongAdder();
  private final Counter types = new Counter();
  private final Counter categories = new Counter();

  @Override
  public String key() {
    return KEY;
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
  public PiiTotals snapshot() {
    return new PiiTotals(
        itemsWithPii.sum(), itemsWithSensitive.sum(), types.snapshot(), categories.snapshot());
  }
}
