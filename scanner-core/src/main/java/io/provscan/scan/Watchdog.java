package io.provscan.scan;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Gives up on workers whose parser ignores the item time limit: a parser that hangs costs one item,
 * not the scan. Each task past its deadline plus a grace is claimed (its worker interrupted) and
 * handed to the pipeline, which records the time-out and starts a fresh worker.
 */
final class Watchdog implements Runnable {
  /** Least grace past a deadline, ms: {@value}. */
  static final long MIN_GRACE_MS = 1000;

  /** Most grace past a deadline, ms: {@value}. */
  static final long MAX_GRACE_MS = 5000;

  private final Map<Thread, Task> inFlight;
  private final Duration timeout;
  private final Duration grace;
  private final Consumer<Task> onAbandoned;

  /**
   * A watchdog.
   *
   * @param inFlight the task each worker thread is on, kept up to date by the workers
   * @param timeout the item time limit
   * @param onAbandoned called with each task given up, on the watchdog's thread
   */
  Watchdog(Map<Thread, Task> inFlight, Duration timeout, Consumer<Task> onAbandoned) {
    this.inFlight = inFlight;
    this.timeout = timeout;
    this.grace = grace(timeout);
    this.onAbandoned = onAbandoned;
  }

  /**
   * How long past its deadline a parser may take before its thread is given up: half the time
   * limit, at least {@value #MIN_GRACE_MS} ms (a loaded machine delays a cooperative stop) and at
   * most {@value #MAX_GRACE_MS} ms.
   */
  static Duration grace(Duration timeout) {
    long half = timeout.toMillis() / 2;
    return Duration.ofMillis(Math.max(MIN_GRACE_MS, Math.min(MAX_GRACE_MS, half)));
  }

  /** Checks the workers a few times per time limit until interrupted. */
  @Override
  public void run() {
    long tick = Math.max(10, Math.min(100, timeout.toMillis() / 4));
    try {
      while (true) {
        Thread.sleep(tick);
        for (Map.Entry<Thread, Task> e : inFlight.entrySet()) {
          Task task = e.getValue();
          if (overdue(task) && task.abandon(e.getKey())) {
            onAbandoned.accept(task);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean overdue(Task task) {
    return System.nanoTime() - task.deadline.atNanos() > grace.toNanos();
  }
}
