package io.provscan.cli;

import io.provscan.export.ExportOptions;
import io.provscan.export.ExportResult;
import io.provscan.export.Exporter;
import io.provscan.export.Operator;
import io.provscan.export.PiiOperators;
import io.provscan.export.ShardFormat;
import io.provscan.policy.Policy;
import io.provscan.policy.PolicyLoader;
import io.provscan.report.ExportLog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code provscan export}: writes the records of a finished scan that pass, de-identified. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes the clean training set of a finished scan: the items its policy allows (and, with"
          + " --include-review, those to review) as JSONL or Parquet shards, personal data"
          + " de-identified per type, each record with its provenance; plus dropped.jsonl, a"
          + " Croissant 1.1 manifest (croissant.json) and export.html. Run again after an"
          + " interruption, it goes on where it stopped."
    },
    footer = {
      "",
      "Operators: mask (z***@163.com), redact (removed), tag (<EMAIL_ADDRESS>),"
          + " hash (salted SHA-256, needs --salt or --salt-file), none (kept as is).",
      "Operators per type may also come from the policy file (export.operators); --pii and"
          + " --pii-type override it.",
      "The export is recorded in OUT/exports.json, and OUT's report.html and"
          + " training-data-statement.md are rendered again to state how personal data was handled.",
      "Exit codes: 0 done, 2 bad option or policy, 3 no finished scan or the export could not be"
          + " written (run again to resume), 4 another export is writing into DEST."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScanFolderParameter scanFolder;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "DEST",
      description = "Folder the export is written to.")
  Path dest;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "Judge the items again under this policy (YAML); default: the scan's verdicts.")
  Path policyFile;

  @Option(
      names = "--include-review",
      description = "Export items to review too, not only allowed ones.")
  boolean includeReview;

  @Option(
      names = "--pii",
      paramLabel = "OPERATOR",
      description =
          "Operator for every personal-data type: mask, redact, tag, hash, none (default: the"
              + " policy's export.operators, else mask).")
  String pii;

  @Option(
      names = "--pii-type",
      paramLabel = "TYPE=OPERATOR",
      description = "Operator for one type, e.g. EMAIL_ADDRESS=hash (repeatable).")
  List<String> piiTypes = List.of();

  @Option(
      names = "--salt",
      paramLabel = "TEXT",
      description = "Salt of the hash operator (16+ characters).")
  String salt;

  @Option(
      names = "--salt-file",
      paramLabel = "FILE",
      description =
          "Read the salt from the first line of this file (keeps it out of the shell history).")
  Path saltFile;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Shard format: jsonl.gz (default) or parquet.")
  String format = "jsonl.gz";

  @Option(
      names = "--shard-size",
      paramLabel = "SIZE",
      converter = Converters.Size.class,
      description = "Close a shard after this much JSONL text, e.g. 256MB (default), 1GB.")
  long shardSize = ExportOptions.DEFAULT_SHARD_SIZE;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of processors, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--restart",
      description = "Start afresh even when DEST holds another unfinished export.")
  boolean restart;

  @Option(
      names = "--name",
      paramLabel = "TEXT",
      description = "The dataset's name in the manifest.")
  String name;

  @Option(
      names = "--creator",
      paramLabel = "TEXT",
      description = "Who made the dataset, for the manifest.")
  String creator;

  @Mixin LangOption lang;

  @Mixin QuietOption quiet;

  @Override
  public Integer call() throws Exception {
    Policy policy = policyFile == null ? null : PolicyLoader.read(policyFile);
    ExportOptions options =
        ExportOptions.defaults(scanFolder.out, dest)
            .withOperators(operators(policy))
            .with(policy, includeReview, ShardFormat.of(format), shardSize)
            .withRun(threads, restart)
            .withDataset(name, creator)
            .withLang(lang.lang());
    ExportResult r = new Exporter(options).run();
    if (!quiet.quiet) {
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          Locale.ROOT,
          "provscan export: %d records kept in %d shard(s), %d dropped (%d for input problems)%s%n",
          r.kept(),
          r.shards().size(),
          r.dropped(),
          r.problems(),
          r.resumed() ? "; resumed" : "");
      out.println("written to " + r.dest() + " (croissant.json, dropped.jsonl, export.html)");
      out.println(
          "recorded in "
              + scanFolder.out.resolve(ExportLog.FILE)
              + "; report.html and training-data-statement.md rendered again");
      out.flush();
    }
    return ExitCodes.OK;
  }

  /** The policy's operators (or the defaults), overridden by --pii and --pii-type. */
  private PiiOperators operators(Policy policy) throws IOException {
    Map<String, Operator> byType = new LinkedHashMap<>();
    for (String pair : piiTypes) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--pii-type must be TYPE=OPERATOR, got '" + pair + "'");
      }
      byType.put(
          pair.substring(0, eq).strip().toUpperCase(Locale.ROOT),
          Operator.of(pair.substring(eq + 1)));
    }
    if (salt != null && saltFile != null) {
      throw new IllegalArgumentException("give --salt or --salt-file, not both");
    }
    String s = salt;
    if (saltFile != null) {
      List<String> lines = Files.readAllLines(saltFile, StandardCharsets.UTF_8);
      s = lines.isEmpty() ? "" : lines.get(0).strip();
    }
    return PiiOperators.fromPolicy(policy, s)
        .overriddenBy(pii == null ? null : Operator.of(pii), byType);
  }
}
