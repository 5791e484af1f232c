package io.provscan.source;

import java.nio.file.Path;
import java.util.List;

/**
 * A stage that reads the scan's inputs before any item is judged, such as the site-policy pre-pass
 * collecting robots.txt captures from every WARC file of the scan. The scanner calls {@link
 * #prepare} once, on its own thread, before the first item goes to a worker; detectors never read
 * files themselves.
 */
public interface PrePass {
  /** Reads what it needs from the scan roots, within the scan's limits. */
  void prepare(List<Path> roots, SourceLimits limits) throws InterruptedException;

  /**
   * What {@link #prepare} found, as a digest that changes whenever it would change an item's
   * findings: a rescan reuses no finding when it differs from the previous scan's.
   */
  default String digest() {
    return "";
  }
}
