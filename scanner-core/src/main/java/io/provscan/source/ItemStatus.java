package io.provscan.source;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The outcome of one item. Every item seen ends in exactly one of these, so {@code seen == ok +
 * failed + skipped} holds for every scan.
 */
public enum ItemStatus {
  /** Read and extracted (possibly with truncated text, see {@code truncated}). */
  OK,
  /** Could not be read or extracted; {@code error} says why. */
  FAILED,
  /** Deliberately not read (a symlink not followed, a special file); {@code error} says why. */
  SKIPPED;

  @JsonValue
  String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
