package io.provscan.detect.optout;

import io.provscan.detect.OptOut.Signal;
import java.util.List;

/** The names signals use, and one way to make a signal with its evidence bounded. */
final class Signals {
  static final String ROBOTS_TXT = "robots-txt";
  static final String CONTENT_SIGNAL = "content-signal";
  static final String CONTENT_USAGE = "content-usage";
  static final String TDMREP = "tdmrep";
  static final String ROBOTS_META = "robots-meta";
  static final String X_ROBOTS_TAG = "x-robots-tag";
  static final String AI_TXT = "ai-txt";
  static final String IPTC = "iptc-data-mining";
  static final String C2PA = "c2pa-training-mining";

  static final String AI_TRAINING = "ai-training";
  static final String TDM = "tdm";
  static final String ALL = "all";

  static final String RESERVES = "reserves";
  static final String ALLOWS = "allows";
  static final String NONE = "none";

  /** Longest evidence or value kept, in characters: {@value}. */
  static final int MAX_TEXT = 300;

  private Signals() {}

  static Signal of(
      String type,
      String scope,
      List<String> agents,
      String value,
      String evidence,
      String source,
      String effect) {
    return new Signal(type, scope, agents, cut(value), cut(evidence), source, effect);
  }

  static String cut(String s) {
    if (s == null) {
      return null;
    }
    String one = s.strip();
    if (one.indexOf('\n') >= 0 || one.indexOf('\r') >= 0 || one.indexOf('\t') >= 0) {
      one = one.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    }
    return one.length() > MAX_TEXT ? one.substring(0, MAX_TEXT) + "…" : one;
  }

  static boolean reserves(List<Signal> signals) {
    return signals.stream().anyMatch(s -> s.effect().equals(RESERVES));
  }
}
