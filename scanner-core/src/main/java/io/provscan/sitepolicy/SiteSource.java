package io.provscan.sitepolicy;

/** Where the policy files of an origin can be had. Implementations are thread-safe. */
@FunctionalInterface
public interface SiteSource {
  /** What this source knows of {@code origin}; {@link SiteFiles#none} when nothing. */
  SiteFiles files(String origin) throws InterruptedException;

  /** A source that knows nothing. */
  static SiteSource none() {
    return SiteFiles::none;
  }
}
