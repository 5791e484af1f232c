package io.provscan.cli;

import io.provscan.detect.optout.OptOutSettings;
import io.provscan.policy.Action;
import io.provscan.policy.Policy;
import io.provscan.policy.PolicyLoader;
import io.provscan.scan.Capabilities;
import io.provscan.scan.ScanOptions;
import io.provscan.scan.ScanResult;
import io.provscan.scan.Scanner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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
          + " items.jsonl, summary.json, report.html, provenance.spdx.json and a search index into"
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
  Path out = Path.of("provscan-out");

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

  @Option(
      names = "--max-item-size",
      paramLabel = "SIZE",
      converter = Converters.Size.class,
      description = "Hash but do not extract items larger than this (default: 256MB).")
  long maxItemSize = ScanOptions.DEFAULT_MAX_ITEM_SIZE;

  @Option(
      names = "--item-timeout",
      paramLabel = "DURATION",
      converter = Converters.Time.class,
      description = "Time allowed per item before it is reported as a time-out (default: 60s).")
  Duration itemTimeout = Duration.ofSeconds(60);

  @Option(
      names = "--max-text",
      paramLabel = "CHARS",
      description = "Characters of text kept per item (default: ${DEFAULT-VALUE}).")
  int maxText = 10_000_000;

  @Option(names = "--no-index", negatable = false, description = "Do not write the Lucene index.")
  boolean noIndex;

  @Option(
      names = "--index-max-chars",
      paramLabel = "CHARS",
      description = "Characters of each item's text indexed (default: ${DEFAULT-VALUE}).")
  int indexMaxChars = 1_000_000;

  @Option(
      names = "--store-text",
      description =
          "Store the extracted text in the index (makes the index as large as the corpus).")
  boolean storeText;

  @Option(
      names = "--follow-links",
      description = "Follow symbolic links (loops are detected and reported).")
  boolean followLinks;

  @Option(
      names = "--max-archive-depth",
      paramLabel = "N",
      description = "Deepest archive nesting expanded (default: ${DEFAULT-VALUE}).")
  int maxArchiveDepth = ScanOptions.DEFAULT_MAX_ARCHIVE_DEPTH;

  @Option(
      names = "--max-archive-entries",
      paramLabel = "N",
      description = "Most members read from one archive tree (default: ${DEFAULT-VALUE}).")
  int maxArchiveEntries = ScanOptions.DEFAULT_MAX_ARCHIVE_ENTRIES;

  @Option(
      names = "--max-archive-bytes",
      paramLabel = "SIZE",
      converter = Converters.Size.class,
      description = "Most bytes decompressed from one archive tree (default: 64GB).")
  long maxArchiveBytes = ScanOptions.DEFAULT_MAX_ARCHIVE_BYTES;

  @Option(
      names = "--max-compression-ratio",
      paramLabel = "N",
      description =
          "Largest compression ratio accepted before an archive member counts as a bomb (default: ${DEFAULT-VALUE}).")
  int maxCompressionRatio = ScanOptions.DEFAULT_MAX_COMPRESSION_RATIO;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description =
          "Judge items and sources under this policy (YAML) and exit 1 when anything is blocked; default: the bundled policy, exit 0.")
  Path policyFile;

  @Option(
      names = "--fail-on",
      paramLabel = "VERDICT",
      description = "With --policy: fail on this verdict or worse, block (default) or review.")
  String failOn = "block";

  // Licences (issue 3).
  @Option(
      names = "--no-licenses",
      negatable = false,
      description = "Do not detect licences (no catalogue start-up, no licences section).")
  boolean noLicenses;

  @Option(
      names = "--no-optout",
      description = "Do not read opt-out signals (robots.txt, TDMRep, noai, …) at all.")
  boolean noOptOut;

  @Option(
      names = "--site-policies",
      paramLabel = "DIR",
      description =
          "Saved site policies: DIR/<host>/robots.txt, DIR/<host>/.well-known/tdmrep.json,"
              + " DIR/<host>/ai.txt (used where the scan's WARC files hold no capture).")
  Path sitePolicies;

  @Option(
      names = "--fetch-site-policies",
      description =
          "Fetch robots.txt, tdmrep.json and ai.txt of each host live where neither the WARC"
              + " files nor --site-policies have them (network; once per host per scan).")
  boolean fetchSitePolicies;

  @Option(
      names = "--fetch-interval",
      paramLabel = "DURATION",
      converter = Converters.Time.class,
      description = "Least time between two requests to one host when fetching (default: 1s).")
  Duration fetchInterval = OptOutSettings.DEFAULTS.fetchInterval();

  @Option(
      names = "--fetch-timeout",
      paramLabel = "DURATION",
      converter = Converters.Time.class,
      description = "Time limit of each request when fetching (default: 10s).")
  Duration fetchTimeout = OptOutSettings.DEFAULTS.fetchTimeout();

  // ---- personal data (issue 5)
  @Option(
      names = "--pii-types",
      paramLabel = "NAME",
      split = ",",
      description =
          "Look only for these personal-data types and sensitive categories, comma-separated"
              + " (default: all): EMAIL_ADDRESS, PHONE_NUMBER, CN_RESIDENT_ID, PAYMENT_CARD,"
              + " IBAN_CODE, US_SSN, IP_ADDRESS, SECRET_KEY, CN_PASSPORT,"
              + " CN_MAINLAND_TRAVEL_PERMIT; HEALTH, BIOMETRIC, RELIGION, SPECIFIC_IDENTITY,"
              + " FINANCIAL_ACCOUNT, LOCATION_TRACK, MINOR, ETHNICITY, SEXUAL_ORIENTATION,"
              + " POLITICAL_OPINION.")
  List<String> piiTypes = new ArrayList<>();

  @Option(
      names = "--no-pii",
      negatable = false,
      description = "Do not look for personal data (the index then holds the text unmasked).")
  boolean noPii;

  @Option(names = "--quiet", description = "Print nothing but errors.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    List<Path> roots = paths.isEmpty() ? demo() : paths;
    Action threshold = GateCommand.threshold(failOn);
    Policy policy = policyFile == null ? PolicyLoader.bundled() : PolicyLoader.read(policyFile);
    ScanOptions options =
        ScanOptions.builder()
            .roots(roots)
            .out(out)
            .threads(threads)
            .excludes(excludes)
            .maxItemSize(maxItemSize)
            .itemTimeout(itemTimeout)
            .maxChars(maxText)
            .index(!noIndex)
            .storeText(storeText)
            .indexMaxChars(indexMaxChars)
            .followLinks(followLinks)
            .archives(maxArchiveDepth, maxArchiveEntries, maxArchiveBytes, maxCompressionRatio)
            .policy(policy)
            .licenses(!noLicenses)
            .optOut(!noOptOut)
            .sitePolicies(sitePolicies)
            .fetchSitePolicies(fetchSitePolicies)
            .fetchPacing(fetchInterval, fetchTimeout)
            .pii(!noPii)
            .piiTypes(piiTypes)
            .build();
    Scanner scanner = new Scanner(options, Capabilities.of(options));
    PrintWriter err = spec.commandLine().getErr();
    ScanResult result;
    if (quiet) {
      result = scanner.run();
    } else {
      ProgressPrinter progress =
          new ProgressPrinter(scanner::progress, err, Terminal.stderrIsTerminal());
      try {
        result = scanner.run();
      } finally {
        progress.close();
      }
      ScanConsoleReport.print(result, options, spec.commandLine().getOut());
    }
    // Only an explicit policy makes the scan a gate; the bundled one just fills in verdicts.
    boolean fails = policyFile != null && result.verdicts().fails(threshold);
    return fails ? ExitCodes.BLOCKED : ExitCodes.OK;
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
