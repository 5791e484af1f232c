package io.provscan.export;

import io.provscan.internal.Hashing;
import io.provscan.report.ExportLog;
import io.provscan.report.Lang;
import io.provscan.report.OutputFile;
import io.provscan.report.render.ProvenanceReports;
import io.provscan.report.spdx.SpdxReport;
import io.provscan.report.statement.StatementFiles;
import io.provscan.scan.OutputLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Records a finished export in the scan's folder ({@link ExportLog#FILE}) and renders again the
 * files that read it, {@code report.html} and {@code training-data-statement.md}, so that what the
 * lawyer reads states how personal data was handled. Done under the scan folder's lock: two exports
 * of one scan finishing together would otherwise lose one record.
 */
final class ScanFolderRecord {
  /**
   * How long the record waits for another holder of the scan folder's lock: {@value} ms, time for
   * another export's record and rendering, not for a scan (which holds it for its whole run).
   */
  static final long WAIT_MILLIS = 120_000;

  /** The outputs an export renders again. */
  static final Set<String> RENDERED = Set.of(ProvenanceReports.HTML, StatementFiles.STATEMENT);

  private ScanFolderRecord() {}

  /**
   * Adds {@code entry} to the scan's log (replacing an earlier export into the same folder) and
   * renders the page and the statement again in {@code lang}.
   *
   * @throws io.provscan.scan.OutputInUseException when a scan or another export still holds the
   *     scan folder after {@link #WAIT_MILLIS}
   */
  static void write(Path scanDir, ExportLog.Entry entry, Lang lang) throws IOException {
    OutputLock lock = OutputLock.acquireWaiting(scanDir, "scan or export", "", WAIT_MILLIS);
    try {
      ExportLog.read(scanDir).with(entry).write(scanDir);
      ProvenanceReports.renderOnly(
          scanDir, new OutputFile.RenderOptions(SpdxReport.DEFAULT_MAX_FILES, lang), RENDERED);
    } finally {
      lock.close();
    }
  }

  /** The record of an export that wrote {@code counts} and its manifest into {@code dest}. */
  static ExportLog.Entry entry(
      Path dest, ExportOptions options, Tally.State counts, ExportResult result)
      throws IOException {
    Path manifest = dest.resolve(Exporter.MANIFEST);
    byte[] bytes = Files.readAllBytes(manifest);
    return new ExportLog.Entry(
        dest.toString(),
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
        String.valueOf(options.describe().get("policy")),
        options.includeReview(),
        options.format().id(),
        options.operators().describe(),
        counts.kept(),
        counts.review(),
        counts.dropped(),
        counts.problems(),
        counts.reasons(),
        counts.deidentified(),
        result.shardNames(),
        Exporter.MANIFEST,
        Hashing.sha256Hex(bytes, bytes.length));
  }
}
