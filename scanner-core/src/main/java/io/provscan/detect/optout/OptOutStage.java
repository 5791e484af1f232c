package io.provscan.detect.optout;

/**
 * The opt-out capability of one scan: the detector and the summary section, sharing the scan's site
 * policies.
 *
 * @param detector judges items (and runs the WARC pre-pass)
 * @param summary sums up per host
 */
public record OptOutStage(OptOutDetector detector, OptOutSummary summary) {
  /** A fresh stage for one scan. */
  public static OptOutStage create(OptOutSettings settings, String version) {
    OptOutDetector detector =
        new OptOutDetector(
            settings.sources(OptOutSettings.userAgent(version)), AgentRegistry.defaults());
    return new OptOutStage(detector, new OptOutSummary(detector));
  }
}
