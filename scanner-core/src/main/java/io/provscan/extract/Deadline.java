package io.provscan.extract;

import java.time.Duration;

/** A point in time after which work on one item should stop. Immutable. */
public record Deadline(long atNanos) {
  /** A deadline {@code budget} from now. */
  public static Deadline in(Duration budget) {
    return new Deadline(System.nanoTime() + budget.toNanos());
  }

  /** True once the deadline has passed. */
  public boolean expired() {
    return System.nanoTime() - atNanos > 0;
  }
}
