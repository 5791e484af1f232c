package io.provscan.detect.license;

import io.provscan.detect.DetectorInput;
import io.provscan.detect.LicenseFinding;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Test helpers around the shared detector. */
final class Detect {
  static final LicenseDetector DETECTOR = new LicenseDetector();

  private Detect() {}

  static List<LicenseFinding> all(String name, String text) {
    return DETECTOR.find(DetectorInput.ofText(name, text));
  }

  static List<LicenseFinding> all(String name, String text, Map<String, List<String>> metadata) {
    return DETECTOR.find(new DetectorInput(name, null, null, "text/plain", null, text, metadata));
  }

  /** The ids found in full text, in order. */
  static List<String> texts(String text) {
    return ids(all("LICENSE", text), "text");
  }

  static List<String> ids(List<LicenseFinding> found, String basis) {
    return found.stream()
        .filter(f -> f.basis().equals(basis))
        .map(LicenseFinding::spdx)
        .collect(Collectors.toList());
  }

  static LicenseFinding only(List<LicenseFinding> found, String basis) {
    List<LicenseFinding> f = found.stream().filter(x -> x.basis().equals(basis)).toList();
    if (f.size() != 1) {
      throw new AssertionError("expected one " + basis + " finding, got " + found);
    }
    return f.get(0);
  }
}
