package io.provscan.export;

/**
 * What the export needs of one item of the scan, judged: enough to decide whether it goes out, to
 * check its bytes are still the scan's, and to write its provenance. One per line of {@code
 * items.jsonl}, held in memory for the run (a few hundred bytes each).
 *
 * @param root the scan root as the record names it
 * @param path the item's path under it
 * @param parent the containing item's path, or null at the top level
 * @param source the data source's id
 * @param url the URL it was captured from, or null
 * @param sha256 the hash of its bytes at scan time, or null
 * @param problem why it has no text to export (failed or skipped at scan time, a container), or
 *     null for an item with text
 * @param verdict the verdict under the export's policy
 * @param rules the rules that decided the verdict ({@code block optout.reserved}); empty for allow
 * @param license the licences as an SPDX expression ({@code A AND B}), or null when none is known
 * @param category the most restrictive licence category, or null
 * @param reserved true when the publisher reserved AI training or TDM
 */
record ScanEntry(
    String root,
    String path,
    String parent,
    String source,
    String url,
    String sha256,
    String problem,
    String verdict,
    java.util.List<String> rules,
    String license,
    String category,
    boolean reserved) {

  /** The reason a container is not itself a record: {@value}. */
  static final String CONTAINER = "container";

  /** True when the verdict lets it out: allow, or review when asked. */
  boolean passes(boolean includeReview) {
    return "allow".equals(verdict) || (includeReview && "review".equals(verdict));
  }

  /** True for an archive, WARC or record file: its members are the records. */
  boolean container() {
    return CONTAINER.equals(problem);
  }
}
