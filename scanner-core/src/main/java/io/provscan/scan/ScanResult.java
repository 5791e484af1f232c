package io.provscan.scan;

import io.provscan.policy.Verdicts;
import java.nio.file.Path;
import java.util.Map;

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
    Map<String, Object> summary,
    long seen,
    long ok,
    long failed,
    long skipped,
    Verdicts.Totals verdicts) {}
