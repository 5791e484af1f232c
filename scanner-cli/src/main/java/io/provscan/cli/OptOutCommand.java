package io.provscan.cli;

import io.provscan.detect.OptOut;
import io.provscan.detect.optout.OptOutSettings;
import io.provscan.internal.Json;
import io.provscan.scan.OptOutExplainer;
import io.provscan.scan.OptOutExplainer.Explanation;
import io.provscan.scan.ToolVersion;
import io.provscan.sitepolicy.PolicyFile;
import io.provscan.sitepolicy.PolicyKind;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code provscan optout URL}: explains one URL's opt-out status, signal by signal. */
@Command(
    name = "optout",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Explains whether a URL's publisher reserved text-and-data mining or AI training, signal by"
          + " signal: robots.txt per AI agent, Content-Signal, Content-Usage, TDMRep, noai,"
          + " ai.txt, media metadata.",
      "Site policies come from --warc captures, --site-policies files, or (only when asked)"
          + " a live fetch; with --warc, the page's own capture adds its headers and meta tags."
    },
    footer = {"", "Output fields: docs/report-format.md (section Opt-out signals)"})
final class OptOutCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "URL", description = "The http(s) URL to explain.")
  String url;

  @Option(
      names = "--warc",
      paramLabel = "FILE",
      arity = "1..*",
      description = "WARC files with robots.txt/tdmrep.json/ai.txt captures and perhaps the page.")
  List<Path> warcs = new ArrayList<>();

  @Mixin SitePolicyOptions sitePolicies;

  @Option(names = "--json", description = "Print the explanation as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    OptOutSettings settings = sitePolicies.settings(true).validated();
    Explanation e = new OptOutExplainer(settings, warcs, ToolVersion.get()).explain(url);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(asMap(e)));
    } else {
      print(e, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static Map<String, Object> asMap(Explanation e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("url", e.url());
    m.put("reserved", e.optOut().reserved());
    m.put("page", e.page());
    Map<String, Object> policies = new LinkedHashMap<>();
    for (PolicyKind kind : PolicyKind.values()) {
      PolicyFile f = e.site().files().get(kind);
      policies.put(
          kind.fileName(),
          f == null ? null : Map.of("url", f.url(), "status", f.status(), "from", f.from()));
    }
    m.put("policies", policies);
    m.put("warnings", e.site().warnings());
    m.put("signals", e.optOut().signals());
    return m;
  }

  private static void print(Explanation e, PrintWriter out) {
    OptOut o = e.optOut();
    long reserving = o.signals().stream().filter(s -> s.effect().equals("reserves")).count();
    out.println(e.url());
    out.printf(
        Locale.ROOT,
        "  %s (%d of %d signals reserve it)%n",
        o.reserved() ? "RESERVED for AI training / text-and-data mining" : "not reserved",
        reserving,
        o.signals().size());
    out.println("  site policies of " + e.site().origin() + ":");
    for (PolicyKind kind : PolicyKind.values()) {
      PolicyFile f = e.site().files().get(kind);
      String what = f == null ? "not known" : f.status() + "  " + f.url() + "  (" + f.from() + ")";
      out.printf(Locale.ROOT, "    %-24s %s%n", kind.fileName(), what);
    }
    e.site().warnings().forEach(w -> out.println("    warning: " + w));
    out.println(
        "  page: "
            + (e.page() == null
                ? "no capture given; its own headers and meta tags are not known"
                : "captured in " + e.page()));
    out.println("  signals:");
    if (o.signals().isEmpty()) {
      out.println("    none");
    }
    for (OptOut.Signal s : o.signals()) {
      String agents = s.agents().isEmpty() ? "all agents" : String.join(", ", s.agents());
      out.printf(
          Locale.ROOT,
          "    %-8s %-14s %-22s %s [%s]%n",
          s.effect(),
          s.type(),
          s.value(),
          s.scope(),
          agents);
      out.println(
          "             " + s.evidence() + (s.source() == null ? "" : "  <" + s.source() + ">"));
    }
  }
}
