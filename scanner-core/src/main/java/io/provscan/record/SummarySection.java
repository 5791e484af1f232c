package io.provscan.record;

/**
 * One part of {@code summary.json} that a capability adds (licence totals, opt-outs per site, PII
 * per type). Thread-safe: every worker feeds it.
 */
public interface SummarySection {
  /** The key of this section in {@code summary.json}. */
  String key();

  /** Counts one finished record. */
  void accept(ItemRecord record);

  /**
   * The section's value so far: a record whose components Jackson writes in declaration order, and
   * which a reader of {@code summary.json} reads back by its type.
   */
  Record snapshot();
}
