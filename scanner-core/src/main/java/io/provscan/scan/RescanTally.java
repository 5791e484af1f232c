package io.provscan.scan;

import io.provscan.internal.ItemKey;
import io.provscan.internal.LongSet;
import io.provscan.record.ItemRecord;
import io.provscan.record.RecordSink;
import io.provscan.record.SummarySection;
import java.util.concurrent.atomic.LongAdder;

/**
 * The counts of an incremental rescan, {@code summary.json}'s {@code rescan} section: records
 * reused from the previous scan, items scanned again (the previous scan had them), added (it did
 * not), and removed (it had them, this scan has not).
 */
final class RescanTally implements RecordSink {
  private final LongSet previous;
  private final LongSet recorded = new LongSet();
  private final LongAdder reused = new LongAdder();
  private final LongAdder rescanned = new LongAdder();
  private final LongAdder added = new LongAdder();
  private final LongAdder removed = new LongAdder();

  /** A tally against the keys of the previous scan's items. */
  RescanTally(LongSet previous) {
    this.previous = previous;
  }

  @Override
  public void accept(ItemRecord record, String text) {
    long key = ItemKey.of(record.root(), record.path());
    recorded.add(key);
    (previous.contains(key) ? rescanned : added).increment();
  }

  /** True when the pipeline recorded the item with this key. */
  boolean recorded(long key) {
    return recorded.contains(key);
  }

  void reused() {
    reused.increment();
  }

  void removed() {
    removed.increment();
  }

  RescanCounts counts() {
    return new RescanCounts(reused.sum(), rescanned.sum(), added.sum(), removed.sum());
  }

  /** The section for the summary (its records are counted here, not there). */
  SummarySection section() {
    return new SummarySection() {
      @Override
      public String key() {
        return "rescan";
      }

      @Override
      public void accept(ItemRecord record) {}

      @Override
      public Record snapshot() {
        return counts();
      }
    };
  }

  @Override
  public void close() {}
}
