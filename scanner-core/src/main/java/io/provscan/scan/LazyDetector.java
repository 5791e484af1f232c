package io.provscan.scan;

import io.provscan.detect.Detector;
import io.provscan.detect.DetectorInput;
import io.provscan.detect.Findings;
import java.util.function.Supplier;

/**
 * A detector made on first use, so that its start-up (the licence catalogue's, say) overlaps the
 * scan's own instead of preceding it. Thread-safe: the first caller makes it, the others wait.
 */
final class LazyDetector implements Detector {
  private final String name;
  private final Supplier<Detector> factory;
  private volatile Detector made;

  LazyDetector(String name, Supplier<Detector> factory) {
    this.name = name;
    this.factory = factory;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Findings detect(DetectorInput input) {
    return detector().detect(input);
  }

  private Detector detector() {
    Detector d = made;
    if (d == null) {
      synchronized (this) {
        d = made;
        if (d == null) {
          d = factory.get();
          made = d;
        }
      }
    }
    return d;
  }
}
