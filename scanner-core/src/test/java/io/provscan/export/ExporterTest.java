package io.provscan.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.detect.pii.PiiType;
import io.provscan.detect.pii.PlantedDocs;
import io.provscan.internal.Json;
import io.provscan.policy.Policy;
import io.provscan.policy.PolicyLoader;
import io.provscan.scan.ScanOptions;
import io.provscan.scan.Scanner;
import io.provscan.testing.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The export of a scanned corpus with planted personal data: no planted value in any output for any
 * operator, salted stable hashes, byte-identical reruns, resume, changed and missing files, review
 * inclusion.
 */
class ExporterTest {
  static final String SALT = "a salt of sixteen or more";

  @TempDir static Path corpus;
  @TempDir static Path scan;
  @TempDir static Path work;
  static final List<String> VALUES = new ArrayList<>();
  static Policy allowAll;
  static Policy reviewAll;

  @BeforeAll
  static void scanPlantedCorpus() throws Exception {
    List<PlantedDocs.Doc> docs = PlantedDocs.documents(20_251_205L, 40);
    StringBuilder jsonl = new StringBuilder();
    for (int d = 0; d < docs.size(); d++) {
      PlantedDocs.Doc doc = docs.get(d);
      VALUES.addAll(doc.values());
      if (d % 2 == 0) {
        Corpus.text(corpus.resolve("doc" + d + ".txt"), doc.text());
      } else {
        Map<String, String> row = new TreeMap<>(Map.of("url", "https://example.org/d" + d));
        row.put("text", doc.text());
        jsonl.append(Json.mapper().writeValueAsString(row)).append('\n');
      }
    }
    Corpus.text(corpus.resolve("records.jsonl"), jsonl.toString());
    new Scanner(ScanOptions.builder().root(corpus).out(scan).threads(2).index(false).build()).run();
    allowAll = policy("allow");
    reviewAll = policy("review");
  }

  /** A policy that gives every personal-data type and category {@code action}. */
  static Policy policy(String action) throws IOException {
    StringBuilder yaml =
        new StringBuilder(
            "version: 1\npii:\n  default: " + action + "\n  combined: " + action + "\n  types:\n");
    for (PiiType t : PiiType.values()) {
      yaml.append("    ").append(t.name()).append(": ").append(action).append('\n');
    }
    yaml.append(
        "sensitive:\n  default: " + action + "\n  categories:\n    MINOR: " + action + "\n");
    Path file = work.resolve(action + "-pii.yaml");
    Files.writeString(file, yaml);
    return PolicyLoader.read(file);
  }

  static ExportOptions options(Path dest) {
    return ExportOptions.defaults(scan, dest)
        .with(allowAll, false, ShardFormat.JSONL_GZ, 4096)
        .withRun(2, false);
  }

  static ExportResult export(ExportOptions o) throws Exception {
    return new Exporter(o).run();
  }

  @ParameterizedTest
  @EnumSource(
      value = Operator.class,
      names = {"MASK", "REDACT", "TAG", "HASH"})
  void noPlantedValueAppearsInAnyOutput(Operator op) throws Exception {
    Path dest = work.resolve("leak-" + op.id());
    ExportResult r = export(options(dest).withOperators(new PiiOperators(op, Map.of(), SALT)));
    assertTrue(
        r.kept() >= 40,
        () -> "records kept: " + r.kept() + "; " + readQuietly(dest.resolve(Exporter.DROPPED)));
    assertTrue(r.shards().size() > 1, "shards: " + r.shards().size());
    assertEquals(List.of(), leaks(dest));
    assertTrue(VALUES.size() > 200, "values planted: " + VALUES.size());
  }

  @Test
  void noneLeavesItsTypeAsItIs() throws Exception {
    Path dest = work.resolve("none");
    export(
        options(dest)
            .withOperators(
                new PiiOperators(Operator.TAG, Map.of("EMAIL_ADDRESS", Operator.NONE), null)));
    List<String> leaks = leaks(dest);
    assertFalse(leaks.isEmpty(), "the e-mail addresses stay when the user chose none");
    assertTrue(leaks.stream().allMatch(l -> l.contains("@")), () -> "only e-mails: " + leaks);
  }

  @Test
  void tagReplacesValuesAndSpansPointAtTheTags() throws Exception {
    Path dest = work.resolve("tags");
    export(options(dest).withOperators(new PiiOperators(Operator.TAG, Map.of(), null)));
    int spans = 0;
    for (String line : lines(dest)) {
      var node = Json.mapper().readTree(line);
      String text = node.get("text").asText();
      for (var span : node.get("pii")) {
        String at = text.substring(span.get("start").asInt(), span.get("end").asInt());
        assertEquals("<" + span.get("type").asText() + ">", at);
        spans++;
      }
    }
    assertTrue(spans > 200, "spans: " + spans);
  }

  @Test
  void hashIsSaltedAndStable() throws Exception {
    Deidentifier a = new Deidentifier(new PiiOperators(Operator.HASH, Map.of(), SALT));
    Deidentifier b = new Deidentifier(new PiiOperators(Operator.HASH, Map.of(), SALT + "!"));
    assertEquals(a.hash("z@163.com"), a.hash("z@163.com"));
    assertNotEquals(a.hash("z@163.com"), a.hash("y@163.com"));
    assertNotEquals(a.hash("z@163.com"), b.hash("z@163.com"));
    Path one = work.resolve("hash1");
    Path two = work.resolve("hash2");
    Path other = work.resolve("hash3");
    export(options(one).withOperators(new PiiOperators(Operator.HASH, Map.of(), SALT)));
    export(options(two).withOperators(new PiiOperators(Operator.HASH, Map.of(), SALT)));
    export(options(other).withOperators(new PiiOperators(Operator.HASH, Map.of(), SALT + "!")));
    assertEquals(lines(one), lines(two));
    assertNotEquals(lines(one), lines(other));
    assertTrue(String.join("\n", lines(one)).contains("<EMAIL_ADDRESS:"));
  }

  @Test
  void hashNeedsALongEnoughSalt() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new PiiOperators(Operator.HASH, Map.of(), "short").validated());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new PiiOperators(Operator.MASK, Map.of("EMAIL_ADDRESS", Operator.HASH), null)
                .validated());
  }

  @Test
  void twoExportsAreByteIdenticalWhateverTheThreads() throws Exception {
    Path one = work.resolve("det1");
    Path two = work.resolve("det2");
    export(options(one).withRun(1, false));
    export(options(two).withRun(3, false));
    Map<String, byte[]> a = files(one);
    Map<String, byte[]> b = files(two);
    assertEquals(a.keySet(), b.keySet());
    for (String name : a.keySet()) {
      if (name.startsWith("part-") || name.equals(Exporter.DROPPED)) {
        assertArrayEquals(a.get(name), b.get(name), name);
      }
    }
  }

  @Test
  void resumesAnInterruptedExportToTheSameBytes() throws Exception {
    Path straight = work.resolve("straight");
    Path resumed = work.resolve("resumed");
    ExportResult full = export(options(straight));
    assertTrue(full.shards().size() >= 4, "shards: " + full.shards().size());
    assertThrows(IOException.class, () -> new Exporter(options(resumed)).stopAfter(2).run());
    try (Stream<Path> left = Files.list(resumed)) {
      List<String> names = left.map(p -> p.getFileName().toString()).sorted().toList();
      assertTrue(names.contains("part-00001.jsonl.gz"), names::toString);
      assertFalse(names.contains("part-00002.jsonl.gz"), names::toString);
      assertFalse(names.contains(Exporter.MANIFEST), names::toString);
    }
    ExportResult again = export(options(resumed));
    assertTrue(again.resumed());
    assertEquals(full.kept(), again.kept());
    assertEquals(full.dropped(), again.dropped());
    Map<String, byte[]> a = files(straight);
    Map<String, byte[]> b = files(resumed);
    assertEquals(a.keySet(), b.keySet());
    for (String name : a.keySet()) {
      if (!name.equals(Exporter.MANIFEST)) {
        assertArrayEquals(a.get(name), b.get(name), name);
      }
    }
  }

  @Test
  void changedAndMissingFilesAreLeftOutWithTheirReason() throws Exception {
    Path mine = work.resolve("corpus-changed");
    Path myScan = work.resolve("scan-changed");
    Files.createDirectories(mine);
    Corpus.text(mine.resolve("a.txt"), "A plain note about tea.");
    Corpus.text(mine.resolve("b.txt"), "Another note, about coffee.");
    Corpus.text(mine.resolve("c.txt"), "A third note, about water.");
    new Scanner(ScanOptions.builder().root(mine).out(myScan).threads(1).index(false).build()).run();
    Files.writeString(mine.resolve("b.txt"), "Changed after the scan.");
    Files.delete(mine.resolve("c.txt"));
    Path dest = work.resolve("changed");
    ExportResult r = export(ExportOptions.defaults(myScan, dest).withRun(1, false));
    assertEquals(1, r.kept());
    assertEquals(2, r.problems());
    String dropped = Files.readString(dest.resolve(Exporter.DROPPED));
    assertTrue(
        dropped.contains("\"path\":\"b.txt\",\"reasons\":[\"" + ItemExport.CHANGED), dropped);
    assertTrue(dropped.contains("\"path\":\"c.txt\",\"reasons\":[\"" + Walk.MISSING), dropped);
    String manifest = Files.readString(dest.resolve(Exporter.MANIFEST));
    assertTrue(manifest.contains("b.txt: " + ItemExport.CHANGED), manifest);
    assertTrue(String.join("\n", lines(dest)).contains("about tea"));
  }

  @Test
  void reviewItemsGoOutOnlyWhenIncluded() throws Exception {
    Path strict = work.resolve("strict");
    Path withReview = work.resolve("review");
    ExportResult s =
        export(
            ExportOptions.defaults(scan, strict)
                .with(reviewAll, false, ShardFormat.JSONL_GZ, ExportOptions.DEFAULT_SHARD_SIZE)
                .withRun(2, false));
    ExportResult r =
        export(
            ExportOptions.defaults(scan, withReview)
                .with(reviewAll, true, ShardFormat.JSONL_GZ, ExportOptions.DEFAULT_SHARD_SIZE)
                .withRun(2, false));
    assertTrue(r.kept() > s.kept(), s.kept() + " then " + r.kept());
    assertTrue(lines(withReview).stream().anyMatch(l -> l.contains("\"verdict\":\"review\"")));
    assertTrue(lines(strict).stream().noneMatch(l -> l.contains("\"verdict\":\"review\"")));
    String dropped = Files.readString(strict.resolve(Exporter.DROPPED));
    assertTrue(dropped.contains("review pii."), dropped);
  }

  @Test
  void parquetShardsAreWrittenAndStable() throws Exception {
    Path one = work.resolve("pq1");
    Path two = work.resolve("pq2");
    ExportResult r =
        export(
            options(one)
                .with(allowAll, false, ShardFormat.PARQUET, ExportOptions.DEFAULT_SHARD_SIZE));
    export(
        options(two).with(allowAll, false, ShardFormat.PARQUET, ExportOptions.DEFAULT_SHARD_SIZE));
    assertEquals(List.of("part-00000.parquet"), r.shardNames());
    byte[] a = Files.readAllBytes(one.resolve("part-00000.parquet"));
    assertEquals("PAR1", new String(a, 0, 4, StandardCharsets.US_ASCII));
    assertArrayEquals(a, Files.readAllBytes(two.resolve("part-00000.parquet")));
  }

  private static String readQuietly(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** Planted values found in any file of {@code dest}, shards decompressed. */
  static List<String> leaks(Path dest) throws IOException {
    List<String> leaks = new ArrayList<>();
    for (Map.Entry<String, byte[]> f : files(dest).entrySet()) {
      String content = new String(f.getValue(), StandardCharsets.UTF_8);
      for (String v : VALUES) {
        if (content.contains(v)) {
          leaks.add(f.getKey() + ": " + v);
        }
      }
    }
    return leaks;
  }

  /** Every file of {@code dest} by name, gzip shards decompressed. */
  static Map<String, byte[]> files(Path dest) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dest)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String name = f.getFileName().toString();
        out.put(name, name.endsWith(".gz") ? gunzip(f) : Files.readAllBytes(f));
      }
    }
    return out;
  }

  /** Every record line of the gzip shards, in order. */
  static List<String> lines(Path dest) throws IOException {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, byte[]> f : files(dest).entrySet()) {
      if (f.getKey().startsWith("part-")) {
        new String(f.getValue(), StandardCharsets.UTF_8).lines().forEach(out::add);
      }
    }
    return out;
  }

  private static byte[] gunzip(Path f) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      in.transferTo(b);
      return b.toByteArray();
    }
  }
}
