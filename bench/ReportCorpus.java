import io.provscan.detect.LicenseFinding;
import io.provscan.detect.OptOut;
import io.provscan.detect.PiiFinding;
import io.provscan.provenance.DataSource;
import io.provscan.provenance.SourceRegistry;
import io.provscan.provenance.SourcesSection;
import io.provscan.source.ErrorKind;
import io.provscan.source.ItemError;
import io.provscan.record.ItemRecord;
import io.provscan.source.ItemStatus;
import io.provscan.report.JsonlSink;
import io.provscan.summary.SummaryBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the output folder of a synthetic finished scan of N items (items.jsonl and summary.json
 * through provscan's own sinks), for timing {@code provscan report}: 5 dataset sources with declared
 * licences, 200 web hosts, 50 folders; licences with clauses on a third of the items, opt-out signals
 * on web pages, masked personal data, verdicts with reasons, 2% failures. Seeded, so every run writes
 * the same scan.
 *
 *   java -cp scanner-cli/target/provscan.jar bench/ReportCorpus.java OUT N
 */
public class ReportCorpus {
  static final String[][] LICENCES = {
    {"MIT", "MIT License", "permissive", "attribution"},
    {"CC-BY-4.0", "Creative Commons Attribution 4.0", "attribution", "attribution"},
    {"CC-BY-NC-4.0", "Creative Commons Attribution Non Commercial 4.0", "non-commercial", "non-commercial"},
    {"CC-BY-SA-4.0", "Creative Commons Attribution Share Alike 4.0", "share-alike", "share-alike"},
    {"LicenseRef-llama3", "Llama 3 Community License", "model", "mau-threshold"},
    {"Apache-2.0", "Apache License 2.0", "permissive", "notice"},
  };

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    Files.createDirectories(out);
    Random rnd = new Random(42);
    SourceRegistry sources = SourceRegistry.defaults();
    for (int d = 0; d < 5; d++) {
      sources.register(new DataSource("dataset:set" + d + "/README.md", DataSource.DATASET, "Set " + d,
          "set" + d + "/README.md", List.of(LICENCES[d][0]), Map.of("pretty_name", "Set " + d), List.of()));
    }
    SummaryBuilder summary = new SummaryBuilder(List.of(new SourcesSection(sources)));
    try (JsonlSink items = new JsonlSink(out.resolve("items.jsonl"))) {
      for (int i = 0; i < n; i++) {
        ItemRecord r = record(i, rnd, sources);
        items.accept(r, "");
        summary.accept(r, "");
      }
    }
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    SummaryBuilder.write(summary.build(new SummaryBuilder.RunInfo("bench", t, t.plusSeconds(600),
        List.of("/corpus"), Map.of(), 0, null, 0)), out.resolve("summary.json"));
  }

  static ItemRecord record(int i, Random rnd, SourceRegistry sources) {
    int kind = i % 10;
    String url = null;
    String source;
    String path;
    if (kind < 4) {
      String host = "site" + rnd.nextInt(200) + ".example";
      url = "https://" + host + "/page/" + i;
      path = "crawl/part-" + (i / 10_000) + ".warc.gz#" + i;
      source = sources.assign("/corpus", path, url);
    } else if (kind < 6) {
      path = "set" + (i % 5) + "/data/file-" + i + ".txt";
      source = "dataset:set" + (i % 5) + "/README.md";
    } else {
      path = "folder" + rnd.nextInt(50) + "/doc-" + i + ".pdf";
      source = sources.assign("/corpus", path, null);
    }
    List<LicenseFinding> licences = List.of();
    if (rnd.nextInt(3) == 0) {
      String[] l = LICENCES[rnd.nextInt(LICENCES.length)];
      licences = List.of(new LicenseFinding(l[0], l[1], "text", 0.9, l[2],
          List.of(new LicenseFinding.Clause(l[3], rnd.nextInt(3) == 0 ? 700_000_000 : null,
              "licensed under the " + l[1], 3)), new LicenseFinding.LineRange(1, 12)));
    }
    OptOut optOut = OptOut.NONE;
    if (url != null && rnd.nextInt(4) == 0) {
      optOut = new OptOut(true, List.of(new OptOut.Signal("robots-txt", "ai-training",
          List.of("GPTBot", "CCBot"), "disallow", "User-agent: GPTBot Disallow: /",
          url.substring(0, url.indexOf("/page")) + "/robots.txt")));
    }
    List<PiiFinding> pii = rnd.nextInt(20) == 0
        ? List.of(new PiiFinding("EMAIL_ADDRESS", "j***@e***.com", 10, 30, 0.99)) : List.of();
    String verdict = optOut.reserved() || licences.stream().anyMatch(l -> l.category().equals("non-commercial"))
        ? "block" : pii.isEmpty() ? "allow" : "review";
    List<String> reasons = verdict.equals("allow") ? List.of() : List.of("rule: " + verdict + " (evidence in " + path + ")");
    boolean failed = rnd.nextInt(50) == 0;
    return new ItemRecord(path, null, "/corpus", source, url, failed ? ItemStatus.FAILED : ItemStatus.OK,
        failed ? ItemError.of(ErrorKind.PARSE_ERROR, "broken file") : null,
        String.format("%064x", i), 2_000L + i, "text/plain", "UTF-8", "en", 1_500, false, null, null, null,
        Map.of("dc:title", List.of("Document " + i)), licences, optOut, pii,
        pii.isEmpty() ? Map.of() : Map.of("HEALTH", 1), verdict, reasons, List.of(), 3);
  }
}
