package io.provscan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.provscan.scan.ScanOptions;
import io.provscan.scan.Scanner;
import io.provscan.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode finds what the CLI's scan finds: the same corpus (a JSONL corpus large
 * enough to be cut into runs, a Parquet shard, a WARC crawl with site policies, plain files) gives
 * the same items, field by field (timings aside), and the same summary counts and verdicts.
 */
class SparkScanTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SparkSession spark;
  @TempDir static Path dir;
  private static Path corpus;
  private static Path cliOut;

  @BeforeAll
  static void startSparkAndScanWithTheCli() throws Exception {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("provscan-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    corpus = corpus(dir.resolve("corpus"));
    cliOut = dir.resolve("cli");
    new Scanner(ScanOptions.builder().root(corpus).out(cliOut).threads(2).index(false).build())
        .run();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void findsWhatTheCliFinds() throws Exception {
    Path out = dir.resolve("job");
    SparkScan.Result r =
        SparkScan.run(spark, JobOptions.parse("scan", "--out", out.toString(), corpus.toString()));

    Map<String, JsonNode> cli = items(cliOut);
    Map<String, JsonNode> job = items(out);
    assertTrue(cli.size() > 2000, "the corpus has its rows: " + cli.size());
    assertEquals(List.of(), only(cli, job), "items only the CLI wrote");
    assertEquals(List.of(), only(job, cli), "items only the job wrote");
    cli.forEach((path, item) -> assertEquals(item, job.get(path), path));
    assertTrue(r.tasks() > 2, "the JSONL corpus was cut into runs: " + r.tasks() + " tasks");

    JsonNode a = JSON.readTree(cliOut.resolve("summary.json").toFile());
    JsonNode b = JSON.readTree(out.resolve("summary.json").toFile());
    assertEquals(a.get("counts"), b.get("counts"));
    assertEquals(a.get("verdicts"), b.get("verdicts"));
    assertEquals(a.at("/sections/licenses"), b.at("/sections/licenses"));
    assertEquals(a.at("/sections/pii"), b.at("/sections/pii"));
    assertTrue(Files.size(out.resolve("report.html")) > 0);
    assertTrue(Files.size(out.resolve("provenance.spdx.json")) > 0);
    long parquetRows = spark.read().parquet(out.resolve("items.parquet").toString()).count();
    assertEquals(cli.size(), parquetRows);
  }

  @Test
  void runningAgainIntoTheSameFolderAddsNoItem() throws Exception {
    Path out = dir.resolve("twice");
    JobOptions options = JobOptions.parse("scan", "--out", out.toString(), corpus.toString());
    SparkScan.run(spark, options);
    long first = lines(out.resolve("items.jsonl"));
    // what a killed attempt leaves behind is replaced, not added to
    Files.writeString(out.resolve("items/part-00000.jsonl"), "{\"path\":\"stale\"}\n");
    SparkScan.run(spark, options);
    assertEquals(first, lines(out.resolve("items.jsonl")));
    assertEquals(List.of(), only(items(cliOut), items(out)));
  }

  @Test
  void theCliOptionsTheJobSharesGiveWhatTheCliGives() throws Exception {
    Path policy =
        Files.writeString(
            dir.resolve("strict.yaml"),
            "version: 1\npii:\n  types:\n    EMAIL_ADDRESS: block\n",
            StandardCharsets.UTF_8);
    Path cli = dir.resolve("cli-options");
    new Scanner(
            ScanOptions.builder()
                .root(corpus)
                .out(cli)
                .threads(2)
                .index(false)
                .excludes(List.of("people", "*.html"))
                .policy(io.provscan.policy.PolicyLoader.read(policy))
                .piiTypes(List.of("EMAIL_ADDRESS"))
                .maxChars(5_000)
                .build())
        .run();
    Path out = dir.resolve("job-options");
    JobOptions options =
        JobOptions.parse(
            "scan",
            "--out",
            out.toString(),
            "--policy",
            policy.toString(),
            "--exclude",
            "people",
            "--exclude",
            "*.html",
            "--pii-types",
            "EMAIL_ADDRESS",
            "--max-text",
            "5000",
            corpus.toString());
    SparkScan.Result r = SparkScan.run(spark, options);

    Map<String, JsonNode> a = items(cli);
    Map<String, JsonNode> b = items(out);
    assertEquals(List.of(), only(a, b), "items only the CLI wrote");
    assertEquals(List.of(), only(b, a), "items only the job wrote");
    a.forEach((path, item) -> assertEquals(item, b.get(path), path));
    assertTrue(a.keySet().stream().noneMatch(p -> p.startsWith("people/") || p.endsWith(".html")));
    assertTrue(
        b.values().stream().anyMatch(i -> "block".equals(i.path("verdict").asText())),
        "e-mail addresses block under the named policy");
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertEquals(
        JSON.readTree(cli.resolve("summary.json").toFile()).get("verdicts"),
        summary.get("verdicts"));
    assertTrue(summary.toString().contains("strict.yaml"), "the summary names the policy file");
    assertEquals(1, SparkScan.exitCode(options, r.summary()), "a named policy makes a gate");
    JobOptions bundled = JobOptions.parse("scan", "--out", "o", corpus.toString());
    assertEquals(0, SparkScan.exitCode(bundled, r.summary()), "the bundled one does not");
  }

  private static List<String> only(Map<String, JsonNode> a, Map<String, JsonNode> b) {
    return a.keySet().stream().filter(k -> !b.containsKey(k)).limit(20).toList();
  }

  private static long lines(Path file) throws IOException {
    try (Stream<String> s = Files.lines(file)) {
      return s.count();
    }
  }

  /** Items by path, without the fields that time them. */
  private static Map<String, JsonNode> items(Path out) throws IOException {
    Map<String, JsonNode> items = new TreeMap<>();
    for (String line : Files.readAllLines(out.resolve("items.jsonl"))) {
      ObjectNode item = (ObjectNode) JSON.readTree(line);
      item.remove("elapsedMs");
      items.put(item.get("path").asText(), item);
    }
    return items;
  }

  /** Some demo files, a crawl, a JSONL corpus of about 0.9 MB and a Parquet shard. */
  private static Path corpus(Path root) throws IOException {
    Path demo = Fixtures.demo();
    for (String f :
        List.of(
            "crawl/news-crawl.warc.gz",
            "crawl/robotstxt.warc.gz",
            "people/customer-records.txt",
            "licenses/LICENSE",
            "web/article.html")) {
      Files.createDirectories(root.resolve(f).getParent());
      Files.copy(demo.resolve(f), root.resolve(f));
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      lines.add(i % 300 == 7 ? "" : i % 777 == 3 ? "{not json" : row(i));
    }
    Files.write(root.resolve("web.jsonl"), lines, StandardCharsets.UTF_8);
    StructType schema =
        new StructType()
            .add("url", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("license", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      rows.add(
          RowFactory.create(
              "https://news.example.com/p/" + i,
              "Row " + i + " mail jane.doe" + i + "@example.org, call +44 20 7946 0" + (100 + i),
              i % 3 == 0 ? "CC-BY-4.0" : null));
    }
    spark
        .createDataFrame(rows, schema)
        .coalesce(1)
        .write()
        .parquet(root.resolve("rows").toString());
    return root;
  }

  private static String row(int i) {
    String text =
        "Page "
            + i
            + " of the crawl. "
            + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(6)
            + (i % 7 == 0 ? "Contact: someone" + i + "@example.com. " : "")
            + (i % 11 == 0 ? "Released under the MIT License. " : "");
    String host = List.of("news.example.com", "blog.example.org", "shop.example.net").get(i % 3);
    return String.format(
        Locale.ROOT,
        "{\"url\": \"https://%s/a/%d\", \"text\": \"%s\", \"license\": \"%s\"}",
        host,
        i,
        text,
        i % 5 == 0 ? "cc-by-4.0" : "");
  }
}
