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

  /**
   * Told that a previous scan's findings for the item captured from {@code url} are reused instead
   * of detected again (an incremental rescan): a detector that loads shared state per item (the
   * opt-out detector, a site's policy) loads it as {@link #detect} would have, so that what is
   * summed up from that state is the same. Most detectors keep nothing and do nothing.
   */
  default void reuse(String url) {}
}
