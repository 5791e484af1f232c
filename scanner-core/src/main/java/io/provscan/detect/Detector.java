package io.provscan.detect;

/**
 * Finds one kind of thing in one item. Implementations are final, stateless and thread-safe (one
 * instance serves every worker), take their configuration through the constructor, never throw for
 * bad content, and bound their own time and output.
 */
public interface Detector {
  /** A short name for logs and options, such as {@code license} or {@code pii}. */
  String name();

  /** The findings in {@code input}; {@link Findings#EMPTY} when there are none. */
  Findings detect(DetectorInput input);
}
