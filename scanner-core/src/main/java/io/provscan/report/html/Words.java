package io.provscan.report.html;

import io.provscan.report.Messages;

/**
 * The page's words for values the scan writes as identifiers (verdicts, licence categories, item
 * statuses, source kinds, how a licence was found): translated when the bundle knows the value,
 * shown as written otherwise, so a new value from a newer scan still shows.
 */
final class Words {
  private Words() {}

  static String verdict(Messages m, String v) {
    return word(m, "verdict.", v);
  }

  static String category(Messages m, String v) {
    return word(m, "category.", v);
  }

  static String status(Messages m, String v) {
    return word(m, "status.", v);
  }

  static String kind(Messages m, String v) {
    return word(m, "kind.", v);
  }

  static String basis(Messages m, String v) {
    return word(m, "basis.", v);
  }

  private static String word(Messages m, String prefix, String v) {
    if (v == null) {
      return null;
    }
    String w = m.find(prefix + v);
    return w == null ? v : w;
  }
}
