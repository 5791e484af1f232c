package io.provscan.detect.optout;

import io.provscan.sitepolicy.AddressGuard;
import io.provscan.sitepolicy.PolicyFetcher;
import io.provscan.sitepolicy.PolicyFolder;
import io.provscan.sitepolicy.SiteSource;
import io.provscan.sitepolicy.SiteSourceChain;
import java.nio.file.Files;
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
 * @param allowPrivateHosts fetch from loopback, private and unique-local addresses too ({@code
 *     --allow-private-hosts}, for an intranet); public addresses only when false
 */
public record OptOutSettings(
    boolean enabled,
    Path sitePolicies,
    boolean fetch,
    Duration fetchInterval,
    Duration fetchTimeout,
    boolean allowPrivateHosts) {

  /** The default: on, site policies from the scan's WARC files only, no network. */
  public static final OptOutSettings DEFAULTS =
      new OptOutSettings(
          true, null, false, PolicyFetcher.DEFAULT_INTERVAL, PolicyFetcher.DEFAULT_TIMEOUT, false);

  /**
   * These settings, checked as a user gave them: the folder exists, the pacing is sane.
   *
   * @throws IllegalArgumentException naming the option and the bad value
   */
  public OptOutSettings validated() {
    if (sitePolicies != null && !Files.isDirectory(sitePolicies)) {
      throw new IllegalArgumentException("--site-policies '" + sitePolicies + "' is not a folder");
    }
    if (fetchInterval.isNegative() || fetchInterval.compareTo(Duration.ofMinutes(10)) > 0) {
      throw new IllegalArgumentException(
          "--fetch-interval must be between 0s and 10m, got " + fetchInterval);
    }
    if (fetchTimeout.compareTo(Duration.ofMillis(100)) < 0
        || fetchTimeout.compareTo(Duration.ofMinutes(5)) > 0) {
      throw new IllegalArgumentException(
          "--fetch-timeout must be between 100ms and 5m, got " + fetchTimeout);
    }
    return this;
  }

  /** The sources these settings name, after the WARC captures the pre-pass adds. */
  public SiteSourceChain sources(String userAgent) {
    List<SiteSource> others = new ArrayList<>();
    if (sitePolicies != null) {
      others.add(new PolicyFolder(sitePolicies));
    }
    if (fetch) {
      AddressGuard guard =
          allowPrivateHosts ? AddressGuard.ALLOW_PRIVATE : AddressGuard.PUBLIC_ONLY;
      others.add(new PolicyFetcher(userAgent, fetchInterval, fetchTimeout, guard));
    }
    return new SiteSourceChain(others);
  }

  /** The user agent provscan states when it fetches, with its version. */
  public static String userAgent(String version) {
    return "provscan/" + version + " (training-data provenance scanner; reads site policies)";
  }
}
