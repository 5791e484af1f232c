package io.provscan.summary;

import java.util.Map;

/**
 * {@code summary.json} → {@code pii}: counts only; no value, not even masked, reaches the summary.
 *
 * @param itemsWithPii items with any personal-data finding
 * @param itemsWithSensitive items with any sensitive-category term
 * @param types findings per personal-data type, sorted by type
 * @param sensitive terms per sensitive category, sorted by category
 */
public record PiiTotals(
    long itemsWithPii,
    long itemsWithSensitive,
    Map<String, Long> types,
    Map<String, Long> sensitive) {}
