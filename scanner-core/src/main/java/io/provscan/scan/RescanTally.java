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
  private final LongSet recorded = new LongSet();
  private final LongSet rescannedKeys = new LongSet();
  private final LongAdder scanned = new LongAdder();
  private final LongAdder reused = new LongAdder();
  private final LongAdder removed = new LongAdder();

  /**
   * Counts a record of the pipeline: rescanned or added, which the previous scan's items tell as
   * they are read ({@link #rescanned}), so that they need not be read before the walk.
   */
  @Override
  public void accept(ItemRecord record, String text) {
    recorded.add(ItemKey.of(record.root(), record.path()));
    scanned.increment();
  }

  /**
   * True when the pipeline recorded the item with this key, a previous scan's item, which then
   * counts as rescanned.
   */
  boolean rescanned(long key) {
    if (!recorded.contains(key)) {
      return false;
    }
    rescannedKeys.add(key);
    return true;
  }

  void reused() {
    reused.increment();
  }

  void removed() {
    removed.increment();
  }

  RescanCounts counts() {
    long rescanned = rescannedKeys.size();
    return new RescanCounts(reused.sum(), rescanned, scanned.sum() - rescanned, removed.sum());
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
