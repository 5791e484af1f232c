package io.provscan.cli;

import io.provscan.internal.Sizes;
import io.provscan.scan.Capabilities;
import io.provscan.scan.ScanOptions;
import io.provscan.scan.ScanResult;
import io.provscan.scan.Scanner;
import io.provscan.scan.ToolVersion;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
      "Scans folders, files, archives (zip, jar, tar, tar.gz, gz, bz2, xz, 7z) and WARC crawls,"
          + " and writes items.jsonl, summary.json and a search index into the output folder.",
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

  @Option(names = "--quiet", description = "Print nothing but errors.")
  boolean quiet;

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

  @Override
  public Integer call() throws Exception {
    List<Path> roots = paths.isEmpty() ? demo() : paths;
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
            .pii(!noPii)
            .piiTypes(piiTypes)
            .build();
    Scanner scanner =
        new Scanner(
            options, Capabilities.detectors(options), Capabilities.summarySections(options));
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
      report(result, options, spec.commandLine().getOut());
    }
    return ExitCodes.OK;
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

  private static void report(ScanResult r, ScanOptions options, PrintWriter out) {
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
    Path dir = relative(r.out());
    out.printf(Locale.ROOT, "  items:   %s%n", dir.resolve(Scanner.ITEMS));
    out.printf(Locale.ROOT, "  summary: %s%n", dir.resolve(Scanner.SUMMARY));
    if (options.index()) {
      out.printf(
          Locale.ROOT,
          "  index:   %s   (provscan search --out %s \"QUERY\")%n",
          dir.resolve(Scanner.INDEX),
          dir);
    }
    out.flush();
  }

  private static Path relative(Path dir) {
    Path cwd = Path.of("").toAbsolutePath();
    return dir.startsWith(cwd) && !dir.equals(cwd) ? cwd.relativize(dir) : dir;
  }
}
