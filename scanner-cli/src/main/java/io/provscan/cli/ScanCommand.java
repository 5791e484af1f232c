package io.provscan.cli;

import io.provscan.index.CorpusIndex;
import io.provscan.scan.Capabilities;
import io.provscan.scan.RescanCounts;
import io.provscan.scan.ScanOptions;
import io.provscan.scan.ScanOptionsBuilder;
import io.provscan.scan.ScanResult;
import io.provscan.scan.Scanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code provscan scan}: scans folders, files, archives and WARC crawls. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Scans folders, files, archives (zip, jar, tar, tar.gz, gz, bz2, xz, 7z), WARC crawls and"
          + " dataset manifests for licences, opt-out reservations and personal data, and writes"
          + " items.jsonl, summary.json, report.html, provenance.spdx.json, provenance.cdx.json, sources.csv, the training-data statement, the EU training-content summary draft and a search index into"
          + " the output folder.",
      "With no PATH, scans the bundled demo corpus (fixtures/demo)."
    },
    footer = {
      "",
      "Sizes: 4096, 512k, 10MB, 1.5GiB.  Durations: 500ms, 60s, 2m.",
      "Globs: '*.log' matches a name at any depth, 'build/**' a path from the scan root.",
      "Output format: docs/report-format.md"
    })
final class ScanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Folders, files, archives or WARC files to scan.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out = ScanOptions.DEFAULT_OUT;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of processors, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description = "Leave out matching paths; repeatable.")
  List<String> excludes = new ArrayList<>();

  // Mixins in the order their options appear in the help.
  @Mixin ExtractionOptions extraction;
  @Mixin IndexOptions index;
  @Mixin WalkOptions walk;
  @Mixin PolicyOptions policy;

  @Option(
      names = "--no-licenses",
      negatable = false,
      description = "Do not detect licences (no catalogue start-up, no licences section).")
  boolean noLicenses;

  @Option(
      names = "--no-media-metadata",
      negatable = false,
      description =
          "Do not read rights embedded in images, video and PDFs (IPTC Data Mining in XMP, C2PA"
              + " training-mining).")
  boolean noMediaMetadata;

  @Option(
      names = "--no-optout",
      description = "Do not read opt-out signals (robots.txt, TDMRep, noai, …) at all.")
  boolean noOptOut;

  @Mixin SitePolicyOptions sitePolicies;
  @Mixin PiiOptions pii;

  @Option(
      names = {"--full", "--restart"},
      description =
          "Scan every item afresh, whatever the output folder holds (by default an unfinished"
              + " scan of the same paths and options is resumed, one of others is refused, and a"
              + " finished one is rescanned incrementally: only new and changed files are read).")
  boolean restart;

  @Option(
      names = "--checkpoint-every",
      paramLabel = "N",
      description =
          "Items between two commits of the index, the points a killed scan resumes from"
              + " (default: ${DEFAULT-VALUE}).")
  int checkpointEvery = CorpusIndex.DEFAULT_COMMIT_EVERY;

  @Mixin LangOption lang;

  @Mixin QuietOption quiet;

  /** How long Ctrl-C waits for the scan to flush its outputs: 60 s. */
  static final Duration STOP_WAIT = Duration.ofSeconds(60);

  @Override
  public Integer call() throws Exception {
    ScanOptions options = options();
    Scanner scanner = new Scanner(options, Capabilities.of(options)).restart(restart);
    ScanResult result =
        stoppable(scanner, () -> quiet.quiet ? scanner.run() : runShowingProgress(scanner));
    if (!quiet.quiet) {
      if (scanner.resumed() > 0) {
        spec.commandLine()
            .getOut()
            .printf(
                Locale.ROOT,
                "resumed an unfinished scan: %,d items were already recorded%n",
                scanner.resumed());
      }
      if (scanner.rescan() != null) {
        RescanCounts r = scanner.rescan();
        spec.commandLine()
            .getOut()
            .printf(
                Locale.ROOT,
                "incremental rescan: %,d items reused, %,d rescanned, %,d added, %,d removed"
                    + " (--full scans everything)%n",
                r.reused(),
                r.rescanned(),
                r.added(),
                r.removed());
      }
      ScanConsoleReport.print(result, options, spec.commandLine().getOut());
    }
    return policy.exitCode(result);
  }

  /**
   * Runs the scan so that Ctrl-C (SIGINT) or SIGTERM stops it cleanly: a shutdown hook asks the
   * scanner to stop, waits for it to flush {@code items.jsonl} and commit the index, and says how
   * to resume. The JVM then exits with 128 + the signal's number (130, 143), as shells expect.
   */
  private ScanResult stoppable(Scanner scanner, Callable<ScanResult> run) throws Exception {
    CountDownLatch ended = new CountDownLatch(1);
    PrintWriter err = spec.commandLine().getErr();
    Thread hook =
        new Thread(
            () -> {
              scanner.stop();
              try {
                ended.await(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              err.println(
                  "provscan: stopped; what was scanned is kept in "
                      + out
                      + ". Run the same command again to resume (--full starts over).");
              err.flush();
            },
            "provscan-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return run.call();
    } finally {
      ended.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook is running and reports the stop
      }
    }
  }

  private ScanOptions options() throws IOException {
    ScanOptionsBuilder options =
        ScanOptions.builder()
            .roots(paths.isEmpty() ? demo() : paths)
            .out(out)
            .threads(threads)
            .excludes(excludes)
            .policy(policy.policy())
            .licenses(!noLicenses)
            .mediaMetadata(!noMediaMetadata)
            .commitEvery(checkpointEvery)
            .reportLang(lang.lang());
    extraction.applyTo(options);
    index.applyTo(options);
    walk.applyTo(options);
    options.optOut(sitePolicies.settings(!noOptOut));
    pii.applyTo(options);
    return options.build();
  }

  private ScanResult runShowingProgress(Scanner scanner) throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    ProgressPrinter progress =
        new ProgressPrinter(scanner::progress, err, Terminal.stderrIsTerminal());
    try {
      return scanner.run();
    } finally {
      progress.close();
    }
  }

  private List<Path> demo() {
    return List.of(
        DemoCorpus.find()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no PATH given and the demo corpus (fixtures/demo) was not found;"
                            + " name a folder to scan")));
  }
}
