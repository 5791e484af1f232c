package io.provscan.scan;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Another scan is writing into the same output folder: two scans into one folder would interleave
 * their {@code items.jsonl} lines and fight over the index, so the second is refused at start. Two
 * exports into one folder would interleave their shards in the same way, and are refused alike.
 */
public final class OutputInUseException extends IOException {
  private static final long serialVersionUID = 1L;

  OutputInUseException(Path dir, String holder, String writer, String option) {
    super(
        "another "
            + writer
            + " is writing into "
            + dir
            + (holder.isEmpty() ? "" : " (process " + holder + ")")
            + "; wait for it to end"
            + (option.isEmpty() ? "" : ", or choose another " + option));
  }
}
