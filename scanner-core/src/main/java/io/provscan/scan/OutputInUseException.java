package io.provscan.scan;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Another scan is writing into the same output folder: two scans into one folder would interleave
 * their {@code items.jsonl} lines and fight over the index, so the second is refused at start.
 */
public final class OutputInUseException extends IOException {
  private static final long serialVersionUID = 1L;

  OutputInUseException(Path out, String holder) {
    super(
        "another scan is writing into "
            + out
            + (holder.isEmpty() ? "" : " (process " + holder + ")")
            + "; wait for it to end, or choose another --out");
  }
}
