package io.provscan.cli;

import io.provscan.detect.license.LicenseKnowledge;
import io.provscan.internal.Json;
import io.provscan.policy.Action;
import io.provscan.policy.Gate;
import io.provscan.policy.Policy;
import io.provscan.policy.PolicyEngine;
import io.provscan.provenance.SourceRow;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code provscan gate}: judges a finished scan under a policy; exit 1 when it fails. */
@Command(
    name = "gate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Judges a finished scan under a policy without rescanning, and exits 1 when anything is"
          + " blocked (or, with --fail-on review, needs review): the step a pipeline runs before"
          + " it ingests a corpus."
    },
    footer = {
      "",
      "Without --policy the bundled default policy judges; it blocks opt-out reservations.",
      "Policy files: docs/policy.md.  Exit codes: 0 pass, 1 fail, 2 bad policy or option, 3 no scan."
    })
final class GateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScanFolderParameter scanFolder;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "Policy file (YAML); default: the bundled policy.")
  Path policyFile;

  @Option(
      names = "--fail-on",
      paramLabel = "VERDICT",
      description = "Fail on this verdict or worse: block (default) or review.")
  String failOn = "block";

  @Option(names = "--json", description = "Print the verdict totals and rules as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Action threshold = threshold(failOn);
    Policy policy = PolicyOptions.read(policyFile);
    Gate.Result r =
        Gate.run(scanFolder.out, new PolicyEngine(policy, LicenseKnowledge.get()::categoryOf));
    boolean fails = r.totals().fails(threshold);
    PrintWriter stdout = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("pass", !fails);
      doc.put("failOn", threshold.id());
      doc.put("policy", r.policy());
      doc.put("verdicts", r.totals());
      doc.put("rules", r.rules());
      stdout.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
    } else {
      print(r, policy, threshold, fails, stdout);
    }
    stdout.flush();
    return fails ? ExitCodes.BLOCKED : ExitCodes.OK;
  }

  static Action threshold(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.equals("block")) {
      return Action.BLOCK;
    }
    if (v.equals("review")) {
      return Action.REVIEW;
    }
    throw new IllegalArgumentException("--fail-on must be block or review, got '" + value + "'");
  }

  static void print(
      Gate.Result r, Policy policy, Action threshold, boolean fails, PrintWriter out) {
    Map<String, Long> items = r.totals().items();
    Map<String, Long> sources = r.totals().sources();
    out.printf(
        Locale.ROOT,
        "provscan gate: %s (fail on %s) — items: %d block, %d review, %d allow; sources: %d block, %d review, %d allow%n",
        fails ? "FAIL" : "PASS",
        threshold.id(),
        items.get(Action.BLOCK.id()),
        items.get(Action.REVIEW.id()),
        items.get(Action.ALLOW.id()),
        sources.get(Action.BLOCK.id()),
        sources.get(Action.REVIEW.id()),
        sources.get(Action.ALLOW.id()));
    out.printf(
        Locale.ROOT, "policy: %s (sha256 %s)%n", policy.origin(), policy.sha256().substring(0, 12));
    for (SourceRow row : r.sources()) {
      if (!"allow".equals(row.verdict())) {
        out.printf(Locale.ROOT, "  %-6s %s%n", row.verdict(), row.id());
        for (String reason : row.reasons()) {
          out.println("           " + reason);
        }
      }
    }
    if (!r.rules().isEmpty()) {
      out.println("rules that acted on items (items, rule, example):");
      r.rules().entrySet().stream()
          .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue()))
          .limit(15)
          .forEach(
              e ->
                  out.printf(
                      Locale.ROOT,
                      "  %6d  %s%n          e.g. %s%n",
                      e.getValue(),
                      e.getKey(),
                      r.examples().get(e.getKey())));
    }
  }
}
