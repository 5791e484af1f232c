package io.provscan.scan;

import io.provscan.policy.Verdicts;
import io.provscan.summary.ScanSummary;
import java.nio.file.Path;

/**
 * What a finished scan leaves.
 *
 * @param out the output folder
 * @param summary the contents of {@code summary.json}
 * @param seen items seen
 * @param ok items ok
 * @param failed items failed
 * @param skipped items skipped
 * @param verdicts items and sources per policy verdict
 */
public record ScanResult(
    Path out,
    ScanSummary summary,
    long seen,
    long ok,
    long failed,
    long skipped,
    Verdicts.Totals verdicts) {}
