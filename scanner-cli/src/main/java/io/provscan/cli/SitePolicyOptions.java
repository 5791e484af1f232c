package io.provscan.cli;

import io.provscan.detect.optout.OptOutSettings;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * Where site policies (robots.txt, tdmrep.json, ai.txt) come from besides WARC captures, shared by
 * {@code scan} and {@code optout} so both read and check them alike ({@link OptOutSettings}).
 */
final class SitePolicyOptions {
  @Option(
      names = "--site-policies",
      paramLabel = "DIR",
      description =
          "Saved site policies: DIR/<host>/robots.txt, DIR/<host>/.well-known/tdmrep.json,"
              + " DIR/<host>/ai.txt (used where the WARC files hold no capture).")
  Path sitePolicies;

  @Option(
      names = "--fetch-site-policies",
      description =
          "Fetch robots.txt, tdmrep.json and ai.txt of each host live where neither the WARC"
              + " files nor --site-policies have them (network; once per host per scan).")
  boolean fetchSitePolicies;

  @Option(
      names = "--fetch-interval",
      paramLabel = "DURATION",
      converter = Converters.Time.class,
      description = "Least time between two requests to one host when fetching (default: 1s).")
  Duration fetchInterval = OptOutSettings.DEFAULTS.fetchInterval();

  @Option(
      names = "--fetch-timeout",
      paramLabel = "DURATION",
      converter = Converters.Time.class,
      description = "Time limit of each request when fetching (default: 10s).")
  Duration fetchTimeout = OptOutSettings.DEFAULTS.fetchTimeout();

  @Option(
      names = "--allow-private-hosts",
      description =
          "When fetching, also request loopback, private (10/8, 172.16/12, 192.168/16) and"
              + " unique-local hosts, for a crawl of an intranet (default: public addresses only).")
  boolean allowPrivateHosts;

  /**
   * The opt-out settings these options give, not yet checked ({@link OptOutSettings#validated()}
   * names a bad option).
   *
   * @param enabled false with {@code --no-optout}
   */
  OptOutSettings settings(boolean enabled) {
    return new OptOutSettings(
        enabled, sitePolicies, fetchSitePolicies, fetchInterval, fetchTimeout, allowPrivateHosts);
  }
}
