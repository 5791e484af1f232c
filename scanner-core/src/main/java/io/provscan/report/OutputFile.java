package io.provscan.report;

import io.provscan.record.ItemRecord;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One file rendered from a finished scan into its output folder ({@code report.html}, {@code
 * provenance.spdx.json}, …): its name, the label the CLI prints before its path, and its renderer.
 * Every output is rendered from the same single read of {@code items.jsonl}, at the end of a scan
 * and again by {@code provscan report}; adding one is a handler and one registration line in {@code
 * io.provscan.report.render.ProvenanceReports}. Implementations are stateless; a {@link Renderer}
 * holds the state of one rendering.
 */
public interface OutputFile {
  /** The file's name in the output folder. */
  String fileName();

  /** A one-word label the CLI prints before the file's path ({@code report}, {@code spdx}). */
  String label();

  /** A renderer for one rendering of this file. */
  Renderer start(RenderOptions options);

  /**
   * One rendering: sees every record of {@code items.jsonl} once, then writes the file.
   * Single-threaded.
   */
  interface Renderer {
    /** Takes note of one record, in file order. */
    void add(ItemRecord record);

    /**
     * Writes the file (replacing it only once it is complete).
     *
     * @param scan the finished scan
     * @param file where to write
     * @param unreadable lines of items.jsonl that were not records
     * @return a short note of what the file holds, for the CLI ({@code "34 of 34 files"}), or empty
     */
    String write(ScanOutput scan, Path file, long unreadable) throws IOException;
  }

  /**
   * Bounds of a rendering, validated by the caller.
   *
   * @param spdxMaxFiles most files listed in {@code provenance.spdx.json}
   */
  record RenderOptions(int spdxMaxFiles) {}
}
