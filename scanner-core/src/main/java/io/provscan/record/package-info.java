/**
 * The record of one item as the scan writes it ({@link io.provscan.record.ItemRecord}, one line of
 * {@code items.jsonl}), and the contracts of what consumes finished records: sinks that write them
 * and summary sections that count them. Every stage after detection speaks in these types.
 */
package io.provscan.record;
