package io.provscan.scan;

/**
 * A snapshot of a running scan, for progress displays.
 *
 * @param items items finished
 * @param failed items failed so far
 * @param bytesRead top-level input bytes consumed
 * @param totalBytes all top-level input bytes, or -1 while still being counted
 * @param elapsedNanos time since the scan started
 * @param done true once every item is recorded
 */
public record Progress(
    long items, long failed, long bytesRead, long totalBytes, long elapsedNanos, boolean done) {

  /** Items per second so far. */
  public double itemsPerSecond() {
    return elapsedNanos <= 0 ? 0 : items * 1e9 / elapsedNanos;
  }

  /** Input bytes per second so far. */
  public double bytesPerSecond() {
    return elapsedNanos <= 0 ? 0 : bytesRead * 1e9 / elapsedNanos;
  }

  /** Seconds left at the current rate, or -1 when unknown. */
  public long etaSeconds() {
    double rate = bytesPerSecond();
    if (totalBytes < 0 || rate <= 0 || done) {
      return -1;
    }
    return (long) Math.ceil(Math.max(0, totalBytes - bytesRead) / rate);
  }
}
