package io.provscan.scan;

import io.provscan.detect.optout.AgentRegistry;
import io.provscan.detect.optout.OptOutDetector;
import io.provscan.detect.optout.OptOutSettings;
import io.provscan.sitepolicy.SiteSourceChain;
import io.provscan.sitepolicy.WarcPolicyPrePass;
import io.provscan.summary.OptOutSummary;

/**
 * The opt-out capability of one scan: the site-policy pre-pass that gathers policy files, the
 * detector that judges pages against them, and the summary section, all sharing the scan's site
 * policies.
 *
 * @param prePass collects policy captures from the scan's WARC files before any page is judged
 * @param detector judges items
 * @param summary sums up per host
 */
public record OptOutStage(
    WarcPolicyPrePass prePass, OptOutDetector detector, OptOutSummary summary) {
  /** A fresh stage for one scan. */
  public static OptOutStage create(OptOutSettings settings, String version) {
    SiteSourceChain sources = settings.sources(OptOutSettings.userAgent(version));
    WarcPolicyPrePass prePass = new WarcPolicyPrePass(sources);
    OptOutDetector detector = new OptOutDetector(sources, AgentRegistry.defaults());
    return new OptOutStage(prePass, detector, new OptOutSummary(detector, prePass));
  }
}
