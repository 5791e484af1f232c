package io.provscan.detect.license;

import io.provscan.detect.LicenseFinding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code LICENSE} or {@code NOTICE} that goes on, after the item's own licence, with the licences
 * of code it bundles ("This product bundles SLF4J 1.7, which is available under a "MIT" license",
 * the Apache Software Foundation's LICENSE convention; "third-party software notices"). The
 * licences found after such a line that the item's own licence (found before it) is not are noted
 * as bundled: they govern the bundled code, not the item. A text with no licence before the line is
 * left as it is: nothing says which licence is its own.
 */
final class Bundles {
  /** The note on a licence of bundled third-party code. */
  static final String BUNDLED = "licence of bundled third-party code, not the item's own";

  /** Words that open the bundled part of a licence file (lower case). */
  private static final List<String> MARKERS =
      List.of(
          "this product bundles",
          "this product includes",
          "this distribution bundles",
          "this project bundles",
          "bundles the following",
          "includes the following third",
          "third-party software",
          "third party software",
          "third-party libraries",
          "third party libraries",
          "third-party components",
          "third party components",
          "third-party notices",
          "third party notices");

  private Bundles() {}

  /** The findings, those of bundled code noted as such. */
  static List<LicenseFinding> marked(List<LicenseFinding> found, String text) {
    if (found.size() < 2) {
      return found;
    }
    int marker = markerLine(text);
    if (marker < 0) {
      return found;
    }
    Set<String> own = new HashSet<>();
    for (LicenseFinding f : found) {
      if (f.lines() != null && f.lines().start() < marker) {
        own.add(f.spdx());
      }
    }
    if (own.isEmpty()) {
      return found;
    }
    List<LicenseFinding> out = new ArrayList<>(found.size());
    for (LicenseFinding f : found) {
      boolean bundled = f.lines() != null && f.lines().start() >= marker && !own.contains(f.spdx());
      out.add(bundled ? f.withNote(BUNDLED) : f);
    }
    return out;
  }

  /** Whether a finding is a licence of bundled code. */
  static boolean isBundled(LicenseFinding f) {
    return f.notes().contains(BUNDLED);
  }

  /**
   * The first line (1-based) that opens a bundled part, or -1; only the window read is searched.
   */
  static int markerLine(String text) {
    for (Window.Segment s : Window.of(text)) {
      String lower = s.lower(s.from(), s.to());
      int first = -1;
      for (String m : MARKERS) {
        int at = lower.indexOf(m);
        if (at >= 0 && (first < 0 || at < first)) {
          first = at;
        }
      }
      if (first >= 0) {
        return s.firstLine() + newlines(lower, first);
      }
    }
    return -1;
  }

  private static int newlines(String s, int end) {
    int n = 0;
    for (int i = 0; i < end; i++) {
      n += s.charAt(i) == '\n' ? 1 : 0;
    }
    return n;
  }
}
