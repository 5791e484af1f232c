package io.provscan.detect.optout;

/**
 * How far a robots.txt blocks one agent, as the Data Provenance Initiative's "Consent in Crisis"
 * audit (Longpre et al., 2024, {@code parse_robots.py}) classifies it: {@code all} when a {@code
 * Disallow: /} stands with no Allow, {@code none} when nothing is disallowed (or every Disallow has
 * an equal Allow), {@code some} otherwise. Paths with {@code ?} are ignored, agents without a group
 * of their own take the {@code *} group's, and a missing robots.txt blocks nothing.
 */
public enum Blocking {
  /** Fully blocked. */
  ALL("fullyBlocked"),
  /** Partly blocked. */
  SOME("partlyBlocked"),
  /** Not blocked. */
  NONE("notBlocked");

  private final String key;

  Blocking(String key) {
    this.key = key;
  }

  /** The key in {@code summary.json}. */
  public String key() {
    return key;
  }

  /** The stricter of two. */
  public Blocking max(Blocking other) {
    return ordinal() <= other.ordinal() ? this : other;
  }
}
