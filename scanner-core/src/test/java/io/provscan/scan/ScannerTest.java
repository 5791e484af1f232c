package io.provscan.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.extract.Extracted;
import io.provscan.extract.Extractor;
import io.provscan.extract.TikaExtractor;
import io.provscan.internal.Json;
import io.provscan.testing.Corpus;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ScannerTest {
  @TempDir Path corpus;
  @TempDir Path out;
  @TempDir Path warmUp;

  static List<JsonNode> items(Path out) throws IOException {
    List<JsonNode> items = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve(Scanner.ITEMS))) {
      items.add(Json.mapper().readTree(line));
    }
    return items;
  }

  static Map<String, JsonNode> byPath(List<JsonNode> items) {
    Map<String, JsonNode> m = new HashMap<>();
    items.forEach(i -> m.put(i.get("path").asText(), i));
    return m;
  }

  static JsonNode summary(Path out) throws IOException {
    return Json.mapper().readTree(out.resolve(Scanner.SUMMARY).toFile());
  }

  ScanResult scan(ScanOptionsBuilder options) throws Exception {
    ScanOptions o = options.out(out).build();
    return new Scanner(o).run();
  }

  /** Every kind of bad input at once: each ends as one item and the scan goes on. */
  @Test
  void accountsForEveryItemOfAHostileCorpus() throws Exception {
    Corpus.text(corpus.resolve("ok.txt"), "An ordinary file.");
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    byte[] noise = new byte[2048];
    new java.util.Random(1).nextBytes(noise);
    Files.write(corpus.resolve("binary.txt"), noise);
    Corpus.text(corpus.resolve("gbk.txt"), "本项目采用 Apache 2.0 许可证发布。", Charset.forName("GBK"));
    Path pdf = Corpus.pdf(corpus.resolve("cut.pdf"), "text", null);
    byte[] bytes = Files.readAllBytes(pdf);
    Files.write(pdf, java.util.Arrays.copyOf(bytes, bytes.length / 3));
    Corpus.pdf(corpus.resolve("locked.pdf"), "secret", "pw");
    Corpus.zip(corpus.resolve("bomb.zip"), Corpus.entries("zeros", Corpus.zeros(32 << 20)));
    Corpus.text(corpus.resolve("name with space\nand newline 名.txt"), "odd name");
    Files.createSymbolicLink(corpus.resolve("link.txt"), corpus.resolve("ok.txt"));
    Corpus.warc(
        corpus.resolve("crawl.warc.gz"),
        new Corpus.Capture(
            "https://example.org/", 200, Map.of("Content-Type", "text/html"), "<p>page</p>"));

    ScanResult result = scan(ScanOptions.builder().root(corpus).threads(2));

    List<JsonNode> items = items(out);
    assertEquals(result.seen(), items.size(), "one line per item");
    assertEquals(result.seen(), result.ok() + result.failed() + result.skipped());
    JsonNode counts = summary(out).get("counts");
    assertEquals(
        counts.get("seen").asLong(),
        counts.get("ok").asLong() + counts.get("failed").asLong() + counts.get("skipped").asLong());
    Map<String, JsonNode> by = byPath(items);
    assertEquals("ok", by.get("ok.txt").get("status").asText());
    assertEquals("ok", by.get("empty.txt").get("status").asText());
    assertEquals("application/octet-stream", by.get("binary.txt").get("mediaType").asText());
    assertEquals("parse-error", by.get("cut.pdf").get("error").get("kind").asText());
    assertEquals("encrypted", by.get("locked.pdf").get("error").get("kind").asText());
    assertEquals("limit", by.get("bomb.zip!/zeros").get("error").get("kind").asText());
    assertEquals("symlink", by.get("link.txt").get("error").get("kind").asText());
    assertEquals("skipped", by.get("link.txt").get("status").asText());
    assertEquals("ok", by.get("name with space\nand newline 名.txt").get("status").asText());
    assertEquals("https://example.org/", by.get("crawl.warc.gz#1").get("url").asText());
    assertEquals("zh", by.get("gbk.txt").get("language").asText());
    assertEquals(12, items.size());
  }

  @Test
  void writesASummaryWithCountsPerTypeAndError() throws Exception {
    Corpus.text(corpus.resolve("a.txt"), "alpha");
    Corpus.text(corpus.resolve("b.html"), "<p>beta</p>");
    Files.createSymbolicLink(corpus.resolve("c.txt"), corpus.resolve("a.txt"));
    scan(ScanOptions.builder().root(corpus).threads(1));
    JsonNode s = summary(out);
    assertEquals(1, s.get("schemaVersion").asInt());
    assertEquals("provscan", s.get("tool").get("name").asText());
    assertEquals(1, s.get("mediaTypes").get("text/plain").asInt());
    assertEquals(1, s.get("mediaTypes").get("text/html").asInt());
    assertEquals(1, s.get("errors").get("symlink").asInt());
    assertEquals(3, s.get("counts").get("seen").asInt());
    assertEquals(5 + 11, s.get("bytes").get("input").asInt());
    assertEquals(1, s.get("options").get("threads").asInt());
    assertTrue(s.get("throughput").get("itemsPerSecond").asDouble() > 0);
    assertEquals(3, s.get("index").get("documents").asInt());
  }

  @Test
  void groupsItemsIntoFolderAndHostSources() throws Exception {
    Corpus.text(corpus.resolve("top.txt"), "top");
    Corpus.text(corpus.resolve("books/a.txt"), "a");
    Corpus.text(corpus.resolve("books/deep/b.txt"), "b");
    Corpus.warc(
        corpus.resolve("crawl/c.warc"),
        new Corpus.Capture("https://News.Example.com/x", 200, Map.of(), "x"),
        new Corpus.Capture("https://news.example.com/y", 200, Map.of(), "y"));
    scan(ScanOptions.builder().root(corpus));
    String rootName = corpus.getFileName().toString();
    Map<String, JsonNode> by = byPath(items(out));
    assertEquals("folder:" + rootName, by.get("top.txt").get("source").asText());
    assertEquals(
        "folder:" + rootName + "/books", by.get("books/deep/b.txt").get("source").asText());
    assertEquals("host:news.example.com", by.get("crawl/c.warc#1").get("source").asText());
    assertEquals("folder:" + rootName + "/crawl", by.get("crawl/c.warc").get("source").asText());
    Map<String, JsonNode> rows = new HashMap<>();
    summary(out).get("sources").forEach(r -> rows.put(r.get("id").asText(), r));
    JsonNode host = rows.get("host:news.example.com");
    assertEquals("host", host.get("kind").asText());
    assertEquals(2, host.get("items").asInt());
    assertEquals(2, host.get("optOut").get("pages").asInt());
    assertEquals(2, rows.get("folder:" + rootName + "/books").get("items").asInt());
    assertEquals(4, rows.size());
  }

  @Test
  void failsAtStartWhenTheOutputFolderCannotBeCreated() throws Exception {
    Corpus.text(corpus.resolve("a.txt"), "alpha");
    Path file = Corpus.text(out.resolve("not-a-folder"), "x");
    ScanOptions o = ScanOptions.builder().root(corpus).out(file.resolve("sub")).build();
    assertThrows(IOException.class, () -> new Scanner(o, List.of(), List.of()).run());
  }

  @Test
  void rejectsAMissingPathNamingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScanOptions.builder().root(corpus.resolve("nope")).build());
    assertTrue(e.getMessage().contains("nope"));
  }

  @Test
  void rejectsBadOptionsNamingTheBound() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScanOptions.builder().root(corpus).threads(0).build());
    assertEquals("--threads must be between 1 and 256, got 0", e.getMessage());
  }

  /** A parser that ignores the time limit costs one item, not the scan. */
  @Test
  @Timeout(60)
  void abandonsAParserThatIgnoresTheTimeLimit() throws Exception {
    for (int i = 0; i < 6; i++) {
      Corpus.text(corpus.resolve("f" + i + ".txt"), "file " + i);
    }
    // Tika's first use loads its classes, which on a busy machine alone takes more than 300 ms.
    new Scanner(ScanOptions.builder().root(corpus).out(warmUp).build(), List.of(), List.of()).run();
    Corpus.text(corpus.resolve("hang.txt"), "this one hangs");
    ScanOptions o =
        ScanOptions.builder()
            .root(corpus)
            .out(out)
            .threads(2)
            .itemTimeout(Duration.ofMillis(300))
            .build();
    Extractor real = new TikaExtractor(o.extraction());
    Extractor hanging =
        (item, deadline) -> item.path().equals("hang.txt") ? spin() : real.extract(item, deadline);
    ScanResult r = new Scanner(o, List.of(), List.of(), hanging).run();
    Map<String, JsonNode> by = byPath(items(out));
    assertEquals(7, r.seen());
    assertEquals("timeout", by.get("hang.txt").get("error").get("kind").asText());
    for (int i = 0; i < 6; i++) {
      assertEquals("ok", by.get("f" + i + ".txt").get("status").asText());
    }
    assertEquals(1, summary(out).get("abandonedThreads").asInt());
  }

  /** Spins without ever looking at interrupts, for 20 s at most so the test JVM can end. */
  private static Extracted spin() {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    long x = 0;
    while (System.nanoTime() < end) {
      x += System.nanoTime() % 7;
    }
    throw new IllegalStateException("spun " + x);
  }

  @Test
  void stopsACooperativeParserAtItsDeadline() throws Exception {
    Corpus.text(corpus.resolve("slow.txt"), "slow");
    ScanOptions o =
        ScanOptions.builder()
            .root(corpus)
            .out(out)
            .threads(1)
            .itemTimeout(Duration.ofMillis(200))
            .build();
    // A parser that writes text for ever: the extractor's handler stops it at the deadline.
    Parser endless =
        new Parser() {
          private static final long serialVersionUID = 1L;

          @Override
          public java.util.Set<org.apache.tika.mime.MediaType> getSupportedTypes(
              org.apache.tika.parser.ParseContext context) {
            return java.util.Set.of(org.apache.tika.mime.MediaType.TEXT_PLAIN);
          }

          @Override
          public void parse(
              java.io.InputStream stream,
              org.xml.sax.ContentHandler handler,
              org.apache.tika.metadata.Metadata metadata,
              org.apache.tika.parser.ParseContext context)
              throws org.xml.sax.SAXException {
            // Slowly, so that neither the text limit nor the zip-bomb guard stops it first.
            char[] word = "more ".toCharArray();
            while (true) {
              handler.characters(word, 0, word.length);
              for (int i = 0; i < 10_000; i++) {
                Thread.onSpinWait();
              }
            }
          }
        };
    Extractor slow = new TikaExtractor(o.extraction(), new AutoDetectParser(endless));
    new Scanner(o, List.of(), List.of(), slow).run();
    JsonNode item = items(out).get(0);
    assertEquals("timeout", item.get("error").get("kind").asText());
    assertEquals(0, summary(out).get("abandonedThreads").asInt());
  }

  @Test
  void excludesAndCountsExcludedPaths() throws Exception {
    Corpus.text(corpus.resolve("a.txt"), "a");
    Corpus.text(corpus.resolve("b.log"), "b");
    scan(ScanOptions.builder().root(corpus).excludes(List.of("*.log")));
    Set<String> paths =
        items(out).stream().map(i -> i.get("path").asText()).collect(Collectors.toSet());
    assertEquals(Set.of("a.txt"), paths);
    assertEquals(1, summary(out).get("counts").get("excluded").asInt());
  }

  @Test
  void noIndexRemovesAStaleIndex() throws Exception {
    Corpus.text(corpus.resolve("a.txt"), "a");
    scan(ScanOptions.builder().root(corpus));
    assertTrue(
        Files.list(out.resolve("index"))
            .anyMatch(p -> p.getFileName().toString().startsWith("segments")));
    scan(ScanOptions.builder().root(corpus).index(false));
    assertTrue(
        Files.list(out.resolve("index"))
            .noneMatch(p -> p.getFileName().toString().startsWith("segments")));
    assertTrue(summary(out).get("index").isNull());
  }
}
