package io.provscan.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.internal.Hashing;
import io.provscan.source.ErrorKind;
import io.provscan.source.Item;
import io.provscan.source.ItemStatus;
import io.provscan.source.SourceLimits;
import io.provscan.source.SourceWalker;
import io.provscan.testing.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlListsTest {
  @TempDir Path dir;
  @TempDir Path temp;

  List<Item> walk(int inMemoryLimit) throws InterruptedException {
    SourceLimits limits = Finders.limits(inMemoryLimit, temp);
    List<Item> items = new ArrayList<>();
    new SourceWalker(limits, new UrlLists(LicenseNormalizer.builtIn()))
        .walk(List.of(dir), items::add);
    return items;
  }

  List<Item> walk() throws InterruptedException {
    return walk(8 << 20);
  }

  static Item find(List<Item> items, String path) {
    return items.stream()
        .filter(i -> i.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError(path + " not among " + paths(items)));
  }

  static List<String> paths(List<Item> items) {
    return items.stream().map(Item::path).toList();
  }

  static String text(Item item) throws IOException {
    try (InputStream in = item.content().open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void makesEachRowOfALaionStyleCsvAnItemWithItsUrlCaptionAndLicence() throws Exception {
    Corpus.text(
        dir.resolve("laion.csv"),
        "SAMPLE_ID,URL,TEXT,LICENSE\n"
            + "1,https://a.example/cat.jpg,\"A cat, asleep\",https://creativecommons.org/licenses/by/4.0/\n"
            + "2,https://b.example/dog.jpg,A dog,?\n"
            + "3,https://c.example/x.png,\"Multi\nline\",cc-by-nc-sa-4.0\n");
    List<Item> items = walk();
    assertEquals(List.of("laion.csv#1", "laion.csv#2", "laion.csv#3", "laion.csv"), paths(items));
    Item first = items.get(0);
    assertEquals("https://a.example/cat.jpg", first.url());
    assertEquals("A cat, asleep", text(first));
    assertEquals("CC-BY-4.0", first.row().license());
    assertEquals("https://creativecommons.org/licenses/by/4.0/", first.row().licenseAsWritten());
    assertEquals(1, first.row().number());
    assertEquals(java.util.Map.of("SAMPLE_ID", "1"), first.row().fields(), "the other columns");
    assertEquals("laion.csv", first.parent());
    assertEquals(1, first.depth());
    assertNull(items.get(1).row().license(), "'?' declares nothing");
    assertEquals("CC-BY-NC-SA-4.0", items.get(2).row().license());
    assertEquals("Multi\nline", text(items.get(2)));
    Item list = items.get(3);
    assertEquals(3, list.preset().members());
    assertEquals("text/csv", list.preset().mediaType());
    assertEquals(ItemStatus.OK, list.preset().status());
    assertEquals(64, list.preset().sha256().length());
  }

  @Test
  void readsAHeaderlessCaptionThenUrlTsvWithoutQuoting() throws Exception {
    Corpus.text(
        dir.resolve("cc3m.tsv"),
        "a \"quoted word in a caption\thttps://x.example/1.jpg\n"
            + "second caption\thttps://x.example/2.jpg\n");
    List<Item> items = walk();
    assertEquals(List.of("cc3m.tsv#1", "cc3m.tsv#2", "cc3m.tsv"), paths(items));
    assertEquals("a \"quoted word in a caption", text(items.get(0)));
    assertEquals("https://x.example/2.jpg", items.get(1).url());
    assertEquals("text/tab-separated-values", items.get(2).preset().mediaType());
  }

  @Test
  void makesEachLineOfAGzippedC4StyleCorpusAnItemAndGoesOnAfterABadLine() throws Exception {
    String jsonl =
        "{\"text\":\"First page text.\",\"timestamp\":\"2019-04-25\",\"url\":\"https://one.example/a\"}\n"
            + "\n"
            + "{not json}\n"
            + "{\"url\":\"https://two.example/b\",\"text\":\"Second.\",\"license\":\"cc-by-4.0\"}\n";
    Corpus.gzip(
        dir.resolve("c4-train.00000-of-01024.json.gz"),
        jsonl.getBytes(StandardCharsets.UTF_8),
        null);
    List<Item> items = walk();
    String f = "c4-train.00000-of-01024.json.gz";
    assertEquals(List.of(f + "#1", f + "#3", f + "#4", f), paths(items));
    assertEquals("https://one.example/a", items.get(0).url());
    assertEquals("First page text.", text(items.get(0)));
    assertEquals(java.util.Map.of("timestamp", "2019-04-25"), items.get(0).row().fields());
    assertEquals(java.util.Map.of(), items.get(2).row().fields(), "url, text, license: all roles");
    Item bad = items.get(1);
    assertEquals(ErrorKind.PARSE_ERROR, bad.preset().error().kind());
    assertEquals("CC-BY-4.0", items.get(2).row().license());
    assertEquals(3, items.get(3).preset().members());
    assertEquals("application/gzip", items.get(3).preset().mediaType());
  }

  @ParameterizedTest
  @CsvSource({"web.jsonl, false", "web.jsonl.gz, true", "urls.csv, false", "urls.csv.gz, true"})
  void theFileItselfCarriesTheSha256OfAllItsBytes(String name, boolean gzip) throws Exception {
    String rows =
        name.contains(".csv")
            ? "url,caption\nhttps://a.example/,A\nhttps://b.example/,B\n"
            : "{\"url\":\"https://a.example/\",\"text\":\"A\"}\n{\"url\":\"https://b.example/\"}\n";
    byte[] bytes = rows.getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve(name);
    if (gzip) {
      Corpus.gzip(file, bytes, null);
    } else {
      Files.write(file, bytes);
    }
    Item container = find(walk(), name);
    assertEquals(2, container.preset().members());
    assertEquals(
        Hashing.sha256Hex(Files.readAllBytes(file), (int) Files.size(file)),
        container.preset().sha256());
  }

  @Test
  void findsTheUrlInADolmaStyleMetadataObject() throws Exception {
    Corpus.text(
        dir.resolve("dolma.jsonl"),
        "{\"id\":\"1\",\"text\":\"Body\",\"metadata\":{\"url\":\"https://d.example/p\",\"license\":\"mit\"}}\n");
    List<Item> items = walk();
    Item record = find(items, "dolma.jsonl#1");
    assertEquals("https://d.example/p", record.url());
    assertEquals("MIT", record.row().license());
  }

  @Test
  void picksThePreferredFieldsOfALineSkippingEverythingElse() throws Exception {
    Corpus.text(
        dir.resolve("mixed.jsonl"),
        String.join(
            "\n",
            // nested values and arrays are skipped; "url" outranks "link"; top level beats metadata
            "{\"link\":\"https://b.example/\",\"meta\":{\"url\":\"https://m.example/\"},"
                + "\"tags\":[{\"url\":\"https://x.example/\"}],\"URL\":\"https://a.example/\","
                + "\"caption\":\"c\",\"text\":\"t\"}",
            // a url that is not text does not count; then metadata comes before meta
            "{\"url\":5,\"meta\":{\"url\":\"https://2.example/\"},"
                + "\"metadata\":{\"url\":\"https://1.example/\"},\"text\":\"t\"}",
            "[\"an array\"]",
            "{\"url\":\"https://c.example/\",\"text\":",
            "{\"url\":\"https://d.example/\",\"text\":\"fine\"}",
            ""));
    List<Item> items = walk();
    assertEquals("https://a.example/", find(items, "mixed.jsonl#1").url());
    assertEquals("https://1.example/", find(items, "mixed.jsonl#2").url());
    assertEquals(ErrorKind.PARSE_ERROR, find(items, "mixed.jsonl#3").preset().error().kind());
    assertEquals(ErrorKind.PARSE_ERROR, find(items, "mixed.jsonl#4").preset().error().kind());
    Item last = find(items, "mixed.jsonl#5");
    assertEquals("https://d.example/", last.url());
    assertEquals("fine", new String(last.content().open().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void aLineLongerThanTheRecordLimitIsAFailedRecordAndReadingGoesOn() throws Exception {
    String huge = "x".repeat(100_000);
    Corpus.text(
        dir.resolve("web.jsonl"),
        "{\"url\":\"https://a.example/\",\"text\":\"short\"}\n"
            + "{\"url\":\"https://b.example/\",\"text\":\""
            + huge
            + "\"}\n{\"url\":\"https://c.example/\",\"text\":\"after\"}\n");
    List<Item> items = walk(64 * 1024);
    assertEquals(List.of("web.jsonl#1", "web.jsonl#2", "web.jsonl#3", "web.jsonl"), paths(items));
    assertEquals(ErrorKind.LIMIT, items.get(1).preset().error().kind());
    assertEquals("after", text(items.get(2)));
  }

  @Test
  void anUnclosedQuoteEndsTheFileAtTheRecordLimitKeepingTheRowsBefore() throws Exception {
    StringBuilder csv =
        new StringBuilder("url,caption\nhttps://a.example/,fine\nhttps://b.example/,\"open");
    csv.append("\nmore text".repeat(30_000));
    Corpus.text(dir.resolve("broken.csv"), csv.toString());
    List<Item> items = walk(64 * 1024);
    assertEquals("broken.csv#1", items.get(0).path());
    Item list = find(items, "broken.csv");
    assertEquals(ItemStatus.FAILED, list.preset().status());
    assertEquals(ErrorKind.LIMIT, list.preset().error().kind());
  }

  @Test
  void aCsvWithoutAUrlColumnIsAnOrdinaryDocument() throws Exception {
    Corpus.text(dir.resolve("table.csv"), "name,score\nada,3\n");
    List<Item> items = walk();
    assertEquals(List.of("table.csv"), paths(items));
    assertNull(items.get(0).preset());
  }

  @Test
  void readsAUrlListInsideAnArchive() throws Exception {
    Corpus.zip(
        dir.resolve("shards.zip"),
        Corpus.entries("part-0.tsv", "url\tcaption\nhttps://z.example/1\tone\n"));
    List<Item> items = walk();
    assertEquals(
        List.of("shards.zip!/part-0.tsv#1", "shards.zip!/part-0.tsv", "shards.zip"), paths(items));
    assertEquals("https://z.example/1", items.get(0).url());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "urls.csv|url,text\\nhttps://a/|true",
        "urls.csv|URL\\nhttps://a/|true",
        "urls.csv|caption,https://a.example/x.jpg|true",
        "urls.csv|name,score\\nada,3|false",
        "urls.tsv|caption\\thttps://a.example/x.jpg|true",
        "pages.jsonl|{\"url\": \"https://a/\", \"text\": \"t\"}|true",
        "pages.jsonl|{\"instruction\": \"q\", \"output\": \"a\"}|false",
        "pages.jsonl|not json|false",
        "pages.ndjson|{\"meta\": {\"url\": \"https://a/\"}}|true",
        "pages.json|{\"url\": \"https://a/\"}|false",
        "notes.txt|url\\nhttps://a/|false",
      })
  void claimsOnlyFilesWhoseHeaderOrFirstRecordShowsAUrl(String name, String head, boolean claims) {
    byte[] bytes = head.replace("\\n", "\n").replace("\\t", "\t").getBytes(StandardCharsets.UTF_8);
    assertEquals(
        claims, new UrlLists(LicenseNormalizer.builtIn()).claims(name, bytes, bytes.length));
  }

  @ParameterizedTest
  @CsvSource({
    "data/urls.csv#7, data/urls.csv",
    "a.zip!/part.jsonl.gz#12, a.zip!/part.jsonl.gz",
    "c4.json.gz#1, c4.json.gz",
    "crawl.warc.gz#3, ",
    "notes#1.txt, ",
    "urls.csv#x, ",
  })
  void tellsRecordsOfUrlListsByTheirListsName(String path, String list) {
    assertEquals(list, UrlLists.listOf(path));
  }

  @Test
  void aFileThatCannotBeReadAsGzipIsScannedAsADocument() throws Exception {
    byte[] fake = {0x1f, (byte) 0x8b, 1, 2, 3};
    Files.write(dir.resolve("urls.csv.gz"), fake);
    List<Item> items = walk();
    assertTrue(paths(items).stream().noneMatch(p -> p.contains("#")), paths(items).toString());
  }
}
