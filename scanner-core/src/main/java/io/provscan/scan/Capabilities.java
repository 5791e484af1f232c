package io.provscan.scan;

import io.provscan.detect.Detector;
import io.provscan.detect.license.LicenseDetector;
import io.provscan.detect.license.LicenseKnowledge;
import io.provscan.detect.license.LicenseSummary;
import io.provscan.report.SummarySection;
import java.util.ArrayList;
import java.util.List;

/**
 * The detectors and summary sections a scan runs with. Each capability (licences, opt-outs,
 * personal data) registers here, so the CLI and library users get the same scan.
 */
public final class Capabilities {
  private Capabilities() {}

  /** The detectors for a scan with these options, in the order they run. */
  public static List<Detector> detectors(ScanOptions options) {
    List<Detector> detectors = new ArrayList<>();
    // Licences (issue 3): the catalogue is compiled here, once per scan, not per item.
    if (options.licenses()) {
      detectors.add(new LicenseDetector(LicenseKnowledge.get()));
    }
    return detectors;
  }

  /** Fresh summary sections for one scan (they accumulate, so never share them). */
  public static List<SummarySection> summarySections(ScanOptions options) {
    List<SummarySection> sections = new ArrayList<>();
    if (options.licenses()) {
      sections.add(new LicenseSummary(LicenseKnowledge.get()));
    }
    return sections;
  }
}
