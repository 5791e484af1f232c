package io.provscan.report.render;

import io.provscan.internal.AtomicFiles;
import io.provscan.provenance.SourceRow;
import io.provscan.record.ItemRecord;
import io.provscan.report.OutputFile;
import io.provscan.report.ScanOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;

/**
 * {@value #FILE}: one row per data source of {@code summary.json → sources}, for a spreadsheet or a
 * script: what each source is, what it declares, how its items fared and the policy's verdict on
 * it. RFC 4180 (CRLF, fields quoted when needed, quotes doubled), UTF-8, a header row. Only the
 * source's own facts and counts, never a personal-data finding: this is a file people mail around.
 * A text cell that a spreadsheet would run as a formula ({@code = + - @}, tab, CR) gets a leading
 * {@code '} (OWASP, "CSV Injection"): names and reasons come from the corpus.
 */
public final class SourcesCsv implements OutputFile.Renderer {
  /** The file's name. */
  public static final String FILE = "sources.csv";

  /** The table as an output file, labelled {@code sources}. */
  public static final OutputFile OUTPUT =
      new OutputFile(FILE, "sources", options -> new SourcesCsv());

  /** The columns, in order. */
  static final List<String> HEADER =
      List.of(
          "id",
          "kind",
          "name",
          "origin",
          "declaredLicenses",
          "items",
          "ok",
          "failed",
          "skipped",
          "verdict",
          "reasons");

  /** Joins the values of a multi-valued cell (declared licences, reasons). */
  static final String JOIN = "; ";

  @Override
  public void add(ItemRecord record) {
    // Everything it writes is in summary.json → sources.
  }

  @Override
  public String render(ScanOutput scan, Path file, long unreadable) throws IOException {
    writeRows(scan.sources(), file);
    return String.format(Locale.ROOT, "%,d sources", scan.sources().size());
  }

  /** Writes the rows to {@code file}, replacing it only once complete. */
  static void writeRows(List<SourceRow> rows, Path file) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
      line(out, HEADER);
      for (SourceRow row : rows) {
        line(out, cells(row));
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    AtomicFiles.replace(tmp, file);
  }

  /** One record, ended by CRLF as RFC 4180 asks. */
  private static void line(Writer out, List<?> cells) throws IOException {
    out.write(CSVFormat.RFC4180.format(cells.toArray()));
    out.write("\r\n");
  }

  private static List<Object> cells(SourceRow row) {
    return List.of(
        text(row.id()),
        text(row.kind()),
        text(row.name()),
        text(row.origin()),
        text(String.join(JOIN, row.declaredLicenses())),
        row.items(),
        row.status().getOrDefault("ok", 0L),
        row.status().getOrDefault("failed", 0L),
        row.status().getOrDefault("skipped", 0L),
        text(row.verdict()),
        text(row.reasons() == null ? "" : String.join(JOIN, row.reasons())));
  }

  /** A text cell: empty for null, a leading {@code '} when a spreadsheet would read a formula. */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}
