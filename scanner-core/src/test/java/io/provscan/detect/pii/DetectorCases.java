package io.provscan.detect.pii;

import io.provscan.detect.Findings;
import io.provscan.detect.PiiFinding;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/** A detector with a fixed date, for tests. */
final class DetectorCases {
  static final LocalDate TODAY = LocalDate.of(2025, 1, 1);
  static final PiiDetector ALL =
      new PiiDetector(EnumSet.allOf(PiiType.class), EnumSet.allOf(SensitiveCategory.class), TODAY);

  private DetectorCases() {}

  static List<PiiFinding> find(String text) {
    return ALL.find(text).pii();
  }

  static Findings findings(String text) {
    return ALL.find(text);
  }

  /** The types found, in order. */
  static List<String> types(String text) {
    return find(text).stream().map(PiiFinding::type).toList();
  }
}
