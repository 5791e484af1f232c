package io.provscan.scan;

import io.provscan.extract.Deadline;
import io.provscan.source.Item;

/**
 * One item in a worker's hands. Whoever claims it first (the worker when done, the watchdog when
 * the time is up) writes its record; the lock makes "still running" and "interrupt" one step, so
 * the watchdog never interrupts a worker that has moved on to its next item.
 */
final class Task {
  final Item item;
  final Deadline deadline;
  final long startNanos = System.nanoTime();
  private boolean claimed;
  private boolean finished;
  private boolean abandoned;

  Task(Item item, Deadline deadline) {
    this.item = item;
    this.deadline = deadline;
  }

  /** The worker's claim on finishing; false when the watchdog already wrote a time-out. */
  synchronized boolean finish() {
    finished = true;
    if (claimed) {
      return false;
    }
    claimed = true;
    return true;
  }

  /**
   * The watchdog's claim: true (and the worker's thread interrupted) when the task is still running
   * and unclaimed.
   */
  synchronized boolean abandon(Thread worker) {
    if (finished || claimed) {
      return false;
    }
    claimed = true;
    abandoned = true;
    worker.interrupt();
    return true;
  }

  synchronized boolean abandoned() {
    return abandoned;
  }

  long elapsedMillis() {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
