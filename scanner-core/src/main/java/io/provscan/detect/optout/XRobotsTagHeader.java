package io.provscan.detect.optout;

import io.provscan.detect.DetectorInput;

/**
 * {@code noai} and {@code noimageai} in the item's {@code X-Robots-Tag} response headers, every
 * header line read (a response may carry several; MDN), each directive a signal (see {@link
 * RobotsTag} for the syntax).
 */
final class XRobotsTagHeader implements PageSignalReader {
  @Override
  public void read(DetectorInput item, ItemEvidence found) {
    if (item.http() == null) {
      return;
    }
    for (String value : item.http().header("X-Robots-Tag")) {
      for (RobotsTag.Directive d : RobotsTag.parse(value, null)) {
        found.add(RobotsTag.signal(Signals.X_ROBOTS_TAG, d, "X-Robots-Tag: " + value));
      }
    }
  }
}
