package io.provscan.detect.optout;

import java.util.Locale;

/**
 * An AI crawler token from the agent registry.
 *
 * @param token the robots.txt product token as its operator writes it, such as {@code GPTBot}
 * @param operator who runs it
 * @param purpose {@code training}, {@code dataset}, {@code search} or {@code assistant}
 * @param note one line on what it does
 */
public record Agent(String token, String operator, String purpose, String note) {
  /** True when what it collects trains models (its own, or others' through a data set). */
  public boolean trains() {
    return purpose.equals("training") || purpose.equals("dataset");
  }

  /**
   * The name crawler-commons 1.4 matches: lower case. Its exact matching lower-cases the robots.txt
   * line and compares it with the names given, so a name with capitals silently never matches
   * (crawler-commons issue #453).
   */
  public String robotName() {
    return token.toLowerCase(Locale.ROOT);
  }
}
