package io.provscan.detect.optout;

/**
 * A site policy file as read for one origin (robots.txt, tdmrep.json, ai.txt), ready to judge every
 * page of that origin. Immutable and shared by every worker.
 */
interface ParsedPolicy {
  /**
   * Adds what this file says of one page of its origin: signals, or a TDMRep statement.
   *
   * @param pathAndQuery the page's path and query, as sent on the wire
   * @param pageUrl the page's full URL
   * @param found where the item's evidence is gathered
   */
  void judge(String pathAndQuery, String pageUrl, ItemEvidence found);
}
