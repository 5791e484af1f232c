package io.provscan.scan;

import io.provscan.detect.Detector;
import io.provscan.detect.license.LicenseDetector;
import io.provscan.detect.license.LicenseKnowledge;
import io.provscan.detect.license.LicenseSummary;
import io.provscan.detect.optout.OptOutStage;
import io.provscan.detect.pii.PiiDetector;
import io.provscan.detect.pii.PiiSummary;
import io.provscan.report.SummarySection;
import java.util.ArrayList;
import java.util.List;

/**
 * The detectors and summary sections of one scan. Each capability (licences, opt-outs, personal
 * data) registers here, so the CLI and library users get the same scan. An instance is made fresh
 * for each scan: summary sections accumulate, and a capability's detector and section may share
 * state (the opt-out detector and its summary share the scan's site policies).
 */
public final class Capabilities {
  private final List<Detector> detectors = new ArrayList<>();
  private final List<SummarySection> sections = new ArrayList<>();

  private Capabilities() {}

  /** The capabilities of a scan with these options. */
  public static Capabilities of(ScanOptions options) {
    Capabilities c = new Capabilities();
    // Licences (issue 3): the catalogue is compiled once per scan, not per item, on a thread of
    // its own while Tika starts and the sources are walked; the first item to need it waits.
    if (options.licenses()) {
      Thread prefetch = new Thread(LicenseKnowledge::get, "provscan-catalogue");
      prefetch.setDaemon(true);
      prefetch.start();
      c.detectors.add(
          new LazyDetector("license", () -> new LicenseDetector(LicenseKnowledge.get())));
      c.sections.add(new LicenseSummary());
    }
    // Opt-outs (issue 4): the detector and its summary share the scan's site policies.
    if (options.optOut().enabled()) {
      OptOutStage optOut = OptOutStage.create(options.optOut(), ToolVersion.get());
      c.detectors.add(optOut.detector());
      c.sections.add(optOut.summary());
    }
    // Personal data (issue 5): it also masks what the index and the report keep.
    if (options.pii()) {
      c.detectors.add(new PiiDetector(options.piiTypes(), options.piiCategories()));
      c.sections.add(new PiiSummary());
    }
    return c;
  }

  /** The detectors, in the order they run. */
  public List<Detector> detectors() {
    return List.copyOf(detectors);
  }

  /** The summary sections (they accumulate, so never share them between scans). */
  public List<SummarySection> summarySections() {
    return List.copyOf(sections);
  }
}
