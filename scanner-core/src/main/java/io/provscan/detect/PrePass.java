package io.provscan.detect;

import io.provscan.source.SourceLimits;
import java.nio.file.Path;
import java.util.List;

/**
 * A detector that must look at the scan's inputs before any item is judged, such as the opt-out
 * detector gathering robots.txt captures from every WARC file of the scan. The scanner calls {@link
 * #prepare} once, on its own thread, before the first item goes to a worker.
 */
public interface PrePass {
  /** Reads what it needs from the scan roots, within the scan's limits. */
  void prepare(List<Path> roots, SourceLimits limits) throws InterruptedException;
}
