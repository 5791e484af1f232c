package io.provscan.sitepolicy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces requests to one host at least {@code interval} apart, counted from the end of one request
 * to the start of the next (so a slow answer does not bring the next request closer, and the host
 * sees them at least that far apart); thread-safe.
 */
final class HostPacer {
  private final long intervalNanos;
  private final Map<String, Long> nextSlot = new HashMap<>();

  HostPacer(Duration interval) {
    this.intervalNanos = interval.toNanos();
  }

  /** Waits until a request to {@code host} may go out, and books the slot after it. */
  void await(String host) throws InterruptedException {
    long wait = book(host == null ? "" : host);
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }

  /** Notes that a request to {@code host} ended: the next may start {@code interval} after now. */
  synchronized void finished(String host) {
    String key = host == null ? "" : host;
    long next = System.nanoTime() + intervalNanos;
    nextSlot.merge(key, next, Math::max);
  }

  private synchronized long book(String host) {
    long now = System.nanoTime();
    long slot = Math.max(now, nextSlot.getOrDefault(host, now));
    nextSlot.put(host, slot + intervalNanos);
    return slot - now;
  }
}
