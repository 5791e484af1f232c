package io.provscan.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Whole-file outputs written under a temporary name beside the file ({@code NAME.tmp}), then
 * renamed over it: a reader, or a scan killed halfway through, sees the old file or the new one,
 * never half of one. The rename stays in one folder, so it is atomic on every local file system.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes the bytes of a file. */
  @FunctionalInterface
  public interface Body {
    /** Writes the whole file to {@code out}; may close it. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code file} through {@code body}, replacing it only once complete. */
  public static void write(Path file, Body body) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
      body.writeTo(out);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    replace(tmp, file);
  }

  /**
   * Renames {@code tmp} over {@code file}; atomically where the file system can (a plain replace on
   * the rare one that cannot).
   */
  public static void replace(Path tmp, Path file) throws IOException {
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
