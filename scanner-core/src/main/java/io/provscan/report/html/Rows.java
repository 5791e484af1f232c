package io.provscan.report.html;

import io.provscan.detect.OptOut;
import java.util.List;
import java.util.Map;

/** The rows the page lists item by item; values as read from the records, escaped on output. */
final class Rows {
  private Rows() {}

  /** One licence found in one item. */
  record Evidence(
      String path,
      String source,
      String spdx,
      String name,
      String category,
      String basis,
      double confidence,
      String lines) {}

  /** An item with opt-out signals. */
  record OptOutItem(String path, String url, boolean reserved, List<OptOut.Signal> signals) {}

  /** An item with personal data: counts per type, a few masked examples. */
  record PiiItem(
      String path,
      String source,
      Map<String, Long> types,
      List<String> masked,
      Map<String, Integer> sensitive) {}

  /** An item the policy sent to review or blocked. */
  record Judged(String path, String source, String verdict, List<String> reasons) {}

  /** An item that failed or was skipped. */
  record Failure(String path, String status, String kind, String message) {}

  /**
   * One item in the list of items.
   *
   * @param seq its position in items.jsonl
   * @param rank how much a reviewer needs to see it (higher first)
   */
  record Item(
      long seq,
      int rank,
      String path,
      String title,
      String source,
      String url,
      String mediaType,
      String status,
      List<String> licences,
      String verdict,
      String sha256) {}
}
