/**
 * The output contract: the record written for every item ({@link io.provscan.record.ItemRecord}),
 * the scan summary, and the sinks that stream them to {@code items.jsonl} and {@code summary.json}.
 * Field meanings are documented in {@code docs/report-format.md}.
 */
package io.provscan.report;
