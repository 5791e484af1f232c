package io.provscan.cli;

import io.provscan.internal.Sizes;
import io.provscan.policy.Action;
import io.provscan.report.OutputFile;
import io.provscan.report.render.ProvenanceReports;
import io.provscan.scan.ScanOptions;
import io.provscan.scan.ScanResult;
import io.provscan.scan.Scanner;
import io.provscan.scan.ToolVersion;
import io.provscan.summary.LicenseTotals;
import io.provscan.summary.OptOutTotals;
import io.provscan.summary.PiiTotals;
import io.provscan.summary.ScanSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** What {@code provscan scan} prints when it has finished (unless {@code --quiet}). */
final class ScanConsoleReport {
  private ScanConsoleReport() {}

  /** Prints the summary of a finished scan: counts, verdicts, findings per capability, outputs. */
  static void print(ScanResult r, ScanOptions options, PrintWriter out) {
    ScanSummary s = r.summary();
    long millis = s.durationMs();
    out.printf(
        Locale.ROOT,
        "provscan %s scanned %,d items (%,d ok, %,d failed, %,d skipped) in %.1f s%n",
        ToolVersion.get(),
        r.seen(),
        r.ok(),
        r.failed(),
        r.skipped(),
        millis / 1000.0);
    out.printf(Locale.ROOT, "  input:   %s%n", Sizes.format(s.bytes().input()));
    Map<String, Long> v = r.verdicts().items();
    out.printf(
        Locale.ROOT,
        "  verdict: %d block, %d review, %d allow (policy: %s)%n",
        v.get(Action.BLOCK.id()),
        v.get(Action.REVIEW.id()),
        v.get(Action.ALLOW.id()),
        options.policy().origin());
    s.licenses().ifPresent(l -> licences(l, out));
    s.optOut().ifPresent(o -> optOuts(o, out));
    s.pii().ifPresent(p -> personalData(p, out));
    Path dir = relative(r.out());
    out.printf(Locale.ROOT, "  items:   %s%n", dir.resolve(Scanner.ITEMS));
    out.printf(Locale.ROOT, "  summary: %s%n", dir.resolve(Scanner.SUMMARY));
    for (OutputFile o : ProvenanceReports.outputs()) {
      out.printf(Locale.ROOT, "  %-8s %s%n", o.label() + ":", dir.resolve(o.fileName()));
    }
    if (options.index()) {
      out.printf(
          Locale.ROOT,
          "  index:   %s   (provscan search --out %s \"QUERY\")%n",
          dir.resolve(Scanner.INDEX),
          dir);
    }
    out.flush();
  }

  /** Opt-outs (issue 4): pages with URLs, how many are reserved, over how many hosts. */
  private static void optOuts(OptOutTotals o, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "  opt-outs: %s of %s pages reserved for AI training or TDM (%d hosts)%n",
        o.reservedPages(),
        o.pages(),
        o.hosts() == null ? 0 : o.hosts().size());
  }

  /** Personal data (issue 5): items with findings, counts per type, never a value. */
  private static void personalData(PiiTotals p, PrintWriter out) {
    StringBuilder types = new StringBuilder();
    if (p.types() != null) {
      p.types()
          .forEach(
              (k, v) ->
                  types.append(types.length() == 0 ? ": " : ", ").append(k).append(" ×").append(v));
    }
    out.printf(
        Locale.ROOT,
        "  personal data: %s items%s (masked in every output)%n",
        p.itemsWithPii(),
        types);
  }

  /** Licences (issue 3): items with findings, the most frequent licences, catalogue start-up. */
  private static void licences(LicenseTotals l, PrintWriter out) {
    StringBuilder top = new StringBuilder();
    l.byLicense().entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .limit(5)
        .forEach(e -> top.append(top.length() == 0 ? "" : ", ").append(e.getKey()));
    out.printf(
        Locale.ROOT,
        "  licences: %,d items with findings%s (catalogue start-up %s ms)%n",
        l.items(),
        top.length() == 0 ? "" : ": " + top,
        l.catalogue().startupMs());
  }

  private static Path relative(Path dir) {
    Path cwd = Path.of("").toAbsolutePath();
    return dir.startsWith(cwd) && !dir.equals(cwd) ? cwd.relativize(dir) : dir;
  }
}
