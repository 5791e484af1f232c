package io.provscan.sitepolicy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Spaces requests to one host at least {@code interval} apart; thread-safe. */
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

  private synchronized long book(String host) {
    long now = System.nanoTime();
    long slot = Math.max(now, nextSlot.getOrDefault(host, now));
    nextSlot.put(host, slot + intervalNanos);
    return slot - now;
  }
}
