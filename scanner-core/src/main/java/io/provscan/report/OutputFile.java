package io.provscan.report;

import io.provscan.record.ItemRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * One file rendered from a finished scan into its output folder ({@code report.html}, {@code
 * provenance.spdx.json}, …): its name, the label the CLI prints before its path, and how to start
 * its renderer. Every output is rendered from the same single read of {@code items.jsonl}, at the
 * end of a scan and again by {@code provscan report}; adding one is a renderer and one entry in
 * {@code io.provscan.report.render.ProvenanceReports}.
 *
 * @param fileName the file's name in the output folder
 * @param label a one-word label the CLI prints before the file's path ({@code report}, {@code
 *     spdx})
 * @param renderer a fresh renderer for one rendering, given its bounds
 */
public record OutputFile(
    String fileName, String label, Function<RenderOptions, Renderer> renderer) {

  /** A renderer for one rendering of this file. */
  public Renderer start(RenderOptions options) {
    return renderer.apply(options);
  }

  /**
   * One rendering: sees every record of {@code items.jsonl} once, then writes the file.
   * Single-threaded.
   */
  public interface Renderer {
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
    String render(ScanOutput scan, Path file, long unreadable) throws IOException;
  }

  /**
   * Bounds of a rendering, validated by the caller.
   *
   * @param spdxMaxFiles most files listed in {@code provenance.spdx.json}
   * @param lang the language of {@code report.html} and the statements
   */
  public record RenderOptions(int spdxMaxFiles, Lang lang) {
    /** Bounds in English. */
    public RenderOptions(int spdxMaxFiles) {
      this(spdxMaxFiles, Lang.EN);
    }
  }
}
