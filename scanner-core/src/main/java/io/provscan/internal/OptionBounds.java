package io.provscan.internal;

import java.time.Duration;

/**
 * The one way a settings record says that a value is out of bounds: an {@link
 * IllegalArgumentException} that names the option as the user typed it, its bounds and the value,
 * so a bad option fails at start-up with a message that says how to fix it.
 */
public final class OptionBounds {
  private OptionBounds() {}

  /**
   * Checks {@code min <= value <= max}.
   *
   * @throws IllegalArgumentException "{@code option} must be between min and max, got value"
   */
  public static void range(String option, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          option + " must be between " + min + " and " + max + ", got " + value);
    }
  }

  /**
   * Checks {@code min <= value <= max} for a duration; the bounds are written as the user would
   * type them ({@code 10ms}, {@code 24h}).
   *
   * @throws IllegalArgumentException "{@code option} must be between min and max, got value"
   */
  public static void range(
      String option, Duration value, Duration min, String minText, Duration max, String maxText) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          option + " must be between " + minText + " and " + maxText + ", got " + value);
    }
  }
}
