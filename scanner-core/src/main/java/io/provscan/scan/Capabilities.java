package io.provscan.scan;

import io.provscan.detect.Detector;
import io.provscan.detect.pii.PiiDetector;
import io.provscan.detect.pii.PiiSummary;
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
    if (options.pii()) {
      detectors.add(new PiiDetector(options.piiTypes(), options.piiCategories()));
    }
    return detectors;
  }

  /** Fresh summary sections for one scan (they accumulate, so never share them). */
  public static List<SummarySection> summarySections(ScanOptions options) {
    List<SummarySection> sections = new ArrayList<>();
    if (options.pii()) {
      sections.add(new PiiSummary());
    }
    return sections;
  }
}
