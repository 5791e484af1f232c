package io.provscan.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.provscan.detect.DetectorInput;
import io.provscan.detect.LicenseFinding;
import io.provscan.detect.license.EvidenceKind;
import io.provscan.detect.license.LicenseDetector;
import io.provscan.extract.Deadline;
import io.provscan.extract.Extracted;
import io.provscan.extract.ExtractionLimits;
import io.provscan.extract.TikaExtractor;
import io.provscan.internal.Json;
import io.provscan.source.Contents;
import io.provscan.source.Item;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code provscan explain FILE}: the licence findings of one file, with their evidence. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the licence findings of one file with their evidence: the lines a licence text"
          + " spans and what differs from it, the tag, notice or declared field that names a"
          + " licence, and every clause with the line that states it."
    })
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The file to explain.")
  Path file;

  @Option(names = "--json", description = "Print the findings as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("'" + file + "' is not a file");
    }
    Path abs = file.toAbsolutePath().normalize();
    Item item =
        Item.of(
            abs.getParent().toString(),
            abs.getFileName().toString(),
            null,
            0,
            Contents.file(abs, Files.size(abs)));
    ExtractionLimits limits = ExtractionLimits.DEFAULTS;
    Extracted ex = new TikaExtractor(limits).extract(item, Deadline.in(limits.timeout()));
    if (ex.error() != null && ex.text().isEmpty()) {
      throw new IOException("cannot read " + file + ": " + ex.error().message());
    }
    List<LicenseFinding> found = new LicenseDetector().find(DetectorInput.of(item, ex));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ArrayNode rows = Json.mapper().createArrayNode();
      for (LicenseFinding f : found) {
        ObjectNode row = Json.mapper().valueToTree(f);
        row.put(
            "evidenceKind", EvidenceKind.of(f).name().toLowerCase(Locale.ROOT).replace('_', '-'));
        row.put("bundled", EvidenceKind.isBundled(f));
        rows.add(row);
      }
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
    } else {
      print(found, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private void print(List<LicenseFinding> found, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%s: %d licence finding%s%n",
        file,
        found.size(),
        found.size() == 1 ? "" : "s");
    int n = 0;
    for (LicenseFinding f : found) {
      out.printf(Locale.ROOT, "%n%d. %s — %s%n", ++n, f.spdx(), f.name());
      out.printf(
          Locale.ROOT,
          "   found by %s, confidence %.2f, category %s%s%n",
          f.basis(),
          f.confidence(),
          f.category(),
          f.lines() == null ? "" : ", " + lines(f.lines()));
      out.println("   evidence kind: " + EvidenceKind.describe(f));
      if (f.evidence() != null) {
        out.println("   evidence: \"" + f.evidence() + "\"");
      }
      for (String note : f.notes()) {
        out.println("   note: " + note);
      }
      if (!f.clauses().isEmpty()) {
        out.println("   clauses:");
        for (LicenseFinding.Clause c : f.clauses()) {
          out.println("     " + c.id() + " = " + c.value());
          if (c.line() != null) {
            out.println("       line " + c.line() + ": \"" + c.evidence() + "\"");
          } else if (c.evidence() != null) {
            out.println("       (" + c.evidence() + ")");
          }
        }
      }
    }
  }

  private static String lines(LicenseFinding.LineRange r) {
    return r.start() == r.end() ? "line " + r.start() : "lines " + r.start() + "–" + r.end();
  }
}
