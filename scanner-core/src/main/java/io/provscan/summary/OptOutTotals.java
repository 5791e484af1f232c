package io.provscan.summary;

import java.util.List;
import java.util.Map;

/**
 * {@code summary.json} → {@code optOut}: reserved items and signals over the whole scan, and per
 * host its pages, reservations, policy files and how far robots.txt blocks each AI agent.
 *
 * @param items non-container items judged
 * @param reservedItems those reserved for AI training or TDM
 * @param pages items with a URL that are not policy files themselves
 * @param reservedPages those reserved
 * @param signals items per signal type
 * @param agents per AI agent, hosts per blocking class ({@code fullyBlocked}, …), agents sorted
 *     case-insensitively
 * @param hosts per host (sorted), at most {@link OptOutSummary#MAX_HOSTS}
 * @param hostsOmitted hosts left out of {@code hosts}
 * @param warnings notes of the site-policy pre-pass
 * @param timings CPU milliseconds of the detector's steps and of the pre-pass ({@code
 *     prePassCpuMs}), sorted by name
 */
public record OptOutTotals(
    long items,
    long reservedItems,
    long pages,
    long reservedPages,
    Map<String, Long> signals,
    Map<String, Map<String, Long>> agents,
    Map<String, HostTotals> hosts,
    long hostsOmitted,
    List<String> warnings,
    Map<String, Long> timings) {

  /**
   * One host.
   *
   * @param pages its pages
   * @param reservedPages those reserved
   * @param signals pages per signal type
   * @param policies policy file URL → status and where it came from, sorted by URL
   * @param agents agents per blocking class, or null when the host has no robots.txt
   * @param warnings what its policy files got wrong
   */
  public record HostTotals(
      long pages,
      long reservedPages,
      Map<String, Long> signals,
      Map<String, String> policies,
      Map<String, List<String>> agents,
      List<String> warnings) {}
}
