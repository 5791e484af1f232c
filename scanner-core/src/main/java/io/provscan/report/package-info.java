/**
 * A finished scan as the reports read it: {@link io.provscan.report.ScanOutput} reads an output
 * folder ({@code summary.json}, streaming {@code items.jsonl}), and {@link
 * io.provscan.report.JsonlSink} writes {@code items.jsonl} during the scan. Field meanings are
 * documented in {@code docs/report-format.md}.
 */
package io.provscan.report;
