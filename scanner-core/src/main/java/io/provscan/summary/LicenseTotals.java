package io.provscan.summary;

import java.util.Map;

/**
 * {@code summary.json} → {@code licenses}: items with licence findings, items per licence, per
 * category, per basis and per clause (an item counts once per value), and the catalogue.
 *
 * @param items items with at least one licence finding
 * @param byLicense items per SPDX id, sorted by id
 * @param byCategory items per category ({@code unknown} when the catalogue has none)
 * @param byBasis items per basis of the finding (text, header, metadata, …)
 * @param byClause items per clause id
 * @param catalogue the licence catalogue that matched
 */
public record LicenseTotals(
    long items,
    Map<String, Long> byLicense,
    Map<String, Long> byCategory,
    Map<String, Long> byBasis,
    Map<String, Long> byClause,
    Catalogue catalogue) {

  /**
   * Facts of the licence catalogue.
   *
   * @param spdxListVersion version of the SPDX licence list it bundles
   * @param entries licences it knows
   * @param startupMs time it took to load, milliseconds
   */
  public record Catalogue(String spdxListVersion, long entries, long startupMs) {}
}
