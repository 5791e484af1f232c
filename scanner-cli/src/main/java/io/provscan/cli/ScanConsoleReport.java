package io.provscan.cli;

import io.provscan.internal.Sizes;
import io.provscan.report.render.ProvenanceReports;
import io.provscan.scan.ScanOptions;
import io.provscan.scan.ScanResult;
import io.provscan.scan.Scanner;
import io.provscan.scan.ToolVersion;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** What {@code provscan scan} prints when it has finished (unless {@code --quiet}). */
final class ScanConsoleReport {
  private ScanConsoleReport() {}

  /** Prints the summary of a finished scan: counts, verdicts, findings per capability, outputs. */
  static void print(ScanResult r, ScanOptions options, PrintWriter out) {
    Map<String, Object> s = r.summary();
    long millis = ((Number) s.get("durationMs")).longValue();
    out.printf(
        Locale.ROOT,
        "provscan %s scanned %,d items (%,d ok, %,d failed, %,d skipped) in %.1f s%n",
        ToolVersion.get(),
        r.seen(),
        r.ok(),
        r.failed(),
        r.skipped(),
        millis / 1000.0);
    @SuppressWarnings("unchecked")
    Map<String, Object> bytes = (Map<String, Object>) s.get("bytes");
    out.printf(
        Locale.ROOT, "  input:   %s%n", Sizes.format(((Number) bytes.get("input")).longValue()));
    Map<String, Long> v = r.verdicts().items();
    out.printf(
        Locale.ROOT,
        "  verdict: %d block, %d review, %d allow (policy: %s)%n",
        v.get("block"),
        v.get("review"),
        v.get("allow"),
        options.policy().origin());
    licences(s, out);
    optOuts(s, out);
    personalData(s, out);
    Path dir = relative(r.out());
    out.printf(Locale.ROOT, "  items:   %s%n", dir.resolve(Scanner.ITEMS));
    out.printf(Locale.ROOT, "  summary: %s%n", dir.resolve(Scanner.SUMMARY));
    out.printf(Locale.ROOT, "  report:  %s%n", dir.resolve(ProvenanceReports.HTML));
    out.printf(Locale.ROOT, "  spdx:    %s%n", dir.resolve(ProvenanceReports.SPDX));
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
  @SuppressWarnings("unchecked")
  private static void optOuts(Map<String, Object> s, PrintWriter out) {
    if (!(s.get("optOut") instanceof Map<?, ?> o)) {
      return;
    }
    Map<String, Object> m = (Map<String, Object>) o;
    Object hosts = m.get("hosts");
    out.printf(
        Locale.ROOT,
        "  opt-outs: %s of %s pages reserved for AI training or TDM (%d hosts)%n",
        m.get("reservedPages"),
        m.get("pages"),
        hosts instanceof Map<?, ?> h ? h.size() : 0);
  }

  /** Personal data (issue 5): items with findings, counts per type, never a value. */
  @SuppressWarnings("unchecked")
  private static void personalData(Map<String, Object> s, PrintWriter out) {
    if (!(s.get("pii") instanceof Map<?, ?> p)) {
      return;
    }
    Map<String, Object> m = (Map<String, Object>) p;
    StringBuilder types = new StringBuilder();
    if (m.get("types") instanceof Map<?, ?> t) {
      t.forEach(
          (k, v) ->
              types.append(types.length() == 0 ? ": " : ", ").append(k).append(" ×").append(v));
    }
    out.printf(
        Locale.ROOT,
        "  personal data: %s items%s (masked in every output)%n",
        m.get("itemsWithPii"),
        types);
  }

  /** Licences (issue 3): items with findings, the most frequent licences, catalogue start-up. */
  @SuppressWarnings("unchecked")
  private static void licences(Map<String, Object> s, PrintWriter out) {
    Object section = s.get("licenses");
    if (!(section instanceof Map<?, ?>)) {
      return;
    }
    Map<String, Object> l = (Map<String, Object>) section;
    Map<String, Long> by = (Map<String, Long>) l.get("byLicense");
    StringBuilder top = new StringBuilder();
    by.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .limit(5)
        .forEach(e -> top.append(top.length() == 0 ? "" : ", ").append(e.getKey()));
    Map<String, Object> catalogue = (Map<String, Object>) l.get("catalogue");
    out.printf(
        Locale.ROOT,
        "  licences: %,d items with findings%s (catalogue start-up %s ms)%n",
        ((Number) l.get("items")).longValue(),
        top.length() == 0 ? "" : ": " + top,
        catalogue.get("startupMs"));
  }

  private static Path relative(Path dir) {
    Path cwd = Path.of("").toAbsolutePath();
    return dir.startsWith(cwd) && !dir.equals(cwd) ? cwd.relativize(dir) : dir;
  }
}
