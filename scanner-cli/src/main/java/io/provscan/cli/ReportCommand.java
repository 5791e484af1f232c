package io.provscan.cli;

import io.provscan.internal.Sizes;
import io.provscan.report.OutputFile;
import io.provscan.report.render.ProvenanceReports;
import io.provscan.report.spdx.SpdxReport;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code provscan report}: re-renders the reports of a finished scan without rescanning. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Renders the reports (report.html, provenance.spdx.json, provenance.cdx.json, …) again from a finished scan's"
          + " items.jsonl and summary.json, without rescanning (after editing verdicts, or with"
          + " another provscan version)."
    },
    footer = {"", "Exit codes: 0 written, 2 usage error, 3 OUT holds no finished scan."})
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScanFolderParameter scanFolder;

  @Option(
      names = "--spdx-max-files",
      paramLabel = "N",
      description =
          "Most files listed in provenance.spdx.json, those with licence findings first"
              + " (default: ${DEFAULT-VALUE}; at most "
              + SpdxReport.MAX_FILES_LIMIT
              + ").")
  int spdxMaxFiles = SpdxReport.DEFAULT_MAX_FILES;

  @Mixin LangOption lang;

  @Mixin QuietOption quiet;

  @Override
  public Integer call() throws Exception {
    if (spdxMaxFiles < 0 || spdxMaxFiles > SpdxReport.MAX_FILES_LIMIT) {
      throw new IllegalArgumentException(
          "--spdx-max-files "
              + spdxMaxFiles
              + " is out of range: give 0 to "
              + SpdxReport.MAX_FILES_LIMIT);
    }
    ProvenanceReports.Rendered r =
        ProvenanceReports.render(
            scanFolder.out, new OutputFile.RenderOptions(spdxMaxFiles, lang.lang()));
    if (!quiet.quiet) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.printf(
          Locale.ROOT, "provscan rendered %,d items in %.1f s%n", r.items(), r.millis() / 1000.0);
      for (ProvenanceReports.Written w : r.files()) {
        stdout.printf(
            Locale.ROOT,
            "  %-7s %s (%s%s)%n",
            w.label() + ":",
            w.file(),
            Sizes.format(w.bytes()),
            w.note().isEmpty() ? "" : ", " + w.note());
      }
      if (r.unreadable() > 0) {
        stdout.printf(Locale.ROOT, "  %,d lines of items.jsonl were unreadable%n", r.unreadable());
      }
      stdout.flush();
    }
    return ExitCodes.OK;
  }
}
