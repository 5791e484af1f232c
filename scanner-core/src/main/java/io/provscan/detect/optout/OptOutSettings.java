package io.provscan.detect.optout;

import io.provscan.sitepolicy.PolicyFetcher;
import io.provscan.sitepolicy.PolicyFolder;
import io.provscan.sitepolicy.SiteSource;
import io.provscan.sitepolicy.SiteSources;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How a scan reads opt-out signals.
 *
 * @param enabled false with {@code --no-optout}: no opt-out stage at all
 * @param sitePolicies a folder of saved policy files ({@code --site-policies}), or null
 * @param fetch fetch policy files live ({@code --fetch-site-policies})
 * @param fetchInterval least time between two requests to one host
 * @param fetchTimeout time limit per request
 */
public record OptOutSettings(
    boolean enabled,
    Path sitePolicies,
    boolean fetch,
    Duration fetchInterval,
    Duration fetchTimeout) {

  /** The default: on, site policies from the scan's WARC files only, no network. */
  public static final OptOutSettings DEFAULTS =
      new OptOutSettings(
          true, null, false, PolicyFetcher.DEFAULT_INTERVAL, PolicyFetcher.DEFAULT_TIMEOUT);

  /** The sources these settings name, after the WARC captures the pre-pass adds. */
  public SiteSources sources(String userAgent) {
    List<SiteSource> others = new ArrayList<>();
    if (sitePolicies != null) {
      others.add(new PolicyFolder(sitePolicies));
    }
    if (fetch) {
      others.add(new PolicyFetcher(userAgent, fetchInterval, fetchTimeout));
    }
    return new SiteSources(others);
  }

  /** The user agent provscan states when it fetches, with its version. */
  public static String userAgent(String version) {
    return "provscan/" + version + " (training-data provenance scanner; reads site policies)";
  }
}
