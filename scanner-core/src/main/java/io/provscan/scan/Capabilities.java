package io.provscan.scan;

import io.provscan.detect.Detector;
import io.provscan.detect.license.LicenseDetector;
import io.provscan.detect.license.LicenseKnowledge;
import io.provscan.detect.pii.PiiDetector;
import io.provscan.modelfile.ModelFileDetector;
import io.provscan.record.SummarySection;
import io.provscan.source.PrePass;
import io.provscan.summary.LicenseSummary;
import io.provscan.summary.PiiSummary;
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
  private final List<PrePass> prePasses = new ArrayList<>();

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
      // Model files (issue 17): the licence a GGUF or safetensors header declares.
      c.detectors.add(
          new ModelFileDetector(CatalogLicenses.normalizer(options), LicenseKnowledge::get));
    }
    // Opt-outs (issue 4): the detector and its summary share the scan's site policies.
    if (options.optOut().enabled()) {
      OptOutStage optOut = OptOutStage.create(options.optOut(), ToolVersion.get());
      c.prePasses.add(optOut.prePass());
      c.detectors.add(optOut.detector());
      c.sections.add(optOut.summary());
    }
    // Personal data (issue 5): it also masks what the index and the report keep.
    if (options.pii().enabled()) {
      c.detectors.add(new PiiDetector(options.pii().types(), options.pii().categories()));
      c.sections.add(new PiiSummary());
    }
    return c;
  }

  /**
   * Capabilities made of these detectors and sections alone, with no pre-pass (tests, library use).
   */
  public static Capabilities of(List<Detector> detectors, List<SummarySection> sections) {
    Capabilities c = new Capabilities();
    c.detectors.addAll(detectors);
    c.sections.addAll(sections);
    return c;
  }

  /** These capabilities and one more detector, run last. */
  public Capabilities plus(Detector detector) {
    Capabilities c = new Capabilities();
    c.detectors.addAll(detectors);
    c.detectors.add(detector);
    c.sections.addAll(sections);
    c.prePasses.addAll(prePasses);
    return c;
  }

  /** The detectors, in the order they run. */
  public List<Detector> detectors() {
    return List.copyOf(detectors);
  }

  /** The stages that read the scan's inputs before any item is judged. */
  public List<PrePass> prePasses() {
    return List.copyOf(prePasses);
  }

  /** The summary sections (they accumulate, so never share them between scans). */
  public List<SummarySection> summarySections() {
    return List.copyOf(sections);
  }
}
