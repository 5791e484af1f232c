package io.provscan.report.render;

import io.provscan.report.ScanOutput;
import io.provscan.report.html.HtmlReport;
import io.provscan.report.spdx.SpdxReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the two human- and machine-readable reports of a finished scan into its output folder:
 * {@value #HTML} and {@value #SPDX}. The scanner calls this at the end of every scan and {@code
 * provscan report} calls it again without rescanning, so both always come from the same files.
 */
public final class ProvenanceReports {
  /** The page for reviewers and lawyers. */
  public static final String HTML = "report.html";

  /** The SPDX 3.0.1 JSON-LD document. */
  public static final String SPDX = "provenance.spdx.json";

  private ProvenanceReports() {}

  /**
   * Starts loading the report libraries on a daemon thread, so that a scan's last step does not
   * wait for their class loading; {@link #render} works the same whether or not this ran.
   */
  public static void warmUpInBackground() {
    Thread t = new Thread(SpdxReport::warmUp, "provscan-report-warmup");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

  /** Renders both reports with the default bounds. */
  public static Rendered render(Path dir) throws IOException {
    return render(dir, SpdxReport.DEFAULT_MAX_FILES);
  }

  /**
   * Renders both reports.
   *
   * @param dir the output folder of a finished scan
   * @param spdxMaxFiles most files listed in the SPDX document
   * @throws IOException when {@code dir} holds no finished scan or a report cannot be written
   */
  public static Rendered render(Path dir, int spdxMaxFiles) throws IOException {
    long start = System.nanoTime();
    ScanOutput scan = ScanOutput.open(dir);
    HtmlReport.Pass htmlPass = new HtmlReport.Pass();
    SpdxReport.Pass spdxPass = new SpdxReport.Pass(spdxMaxFiles);
    // One read of items.jsonl feeds both: parsing is most of the cost of a large scan's page.
    long unreadable =
        scan.items(
            r -> {
              htmlPass.add(r);
              spdxPass.add(r);
            });
    Path html = dir.resolve(HTML);
    HtmlReport.Stats page = htmlPass.write(scan, html, unreadable);
    Path spdx = dir.resolve(SPDX);
    SpdxReport.Stats doc = spdxPass.write(scan, spdx);
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new Rendered(html, Files.size(html), page, spdx, Files.size(spdx), doc, millis);
  }

  /**
   * What was written.
   *
   * @param html the page
   * @param htmlBytes its size
   * @param page what the page holds and leaves out
   * @param spdx the SPDX document
   * @param spdxBytes its size
   * @param doc what the document holds and leaves out
   * @param millis time both took, milliseconds
   */
  public record Rendered(
      Path html,
      long htmlBytes,
      HtmlReport.Stats page,
      Path spdx,
      long spdxBytes,
      SpdxReport.Stats doc,
      long millis) {}
}
