package io.provscan.source;

import static io.provscan.source.Walk.find;
import static io.provscan.source.Walk.items;
import static io.provscan.source.Walk.limits;
import static io.provscan.source.Walk.paths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.testing.Corpus;
import io.provscan.testing.Corpus.Capture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcTest {
  @TempDir Path dir;
  @TempDir Path temp;

  static Map<String, String> headers(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  static Capture page(String url, String body) {
    return new Capture(url, 200, headers("Content-Type", "text/html"), body);
  }

  @Test
  void makesEachResponseAnItemWithItsUrlStatusAndHeaders() throws Exception {
    Corpus.warc(
        dir.resolve("crawl.warc.gz"),
        new Capture(
            "https://example.org/a",
            200,
            headers(
                "Content-Type", "text/html; charset=utf-8",
                "X-Robots-Tag", "noai",
                "Set-Cookie", "session=secret"),
            "<html><body>alpha</body></html>"),
        new Capture(
            "https://example.org/missing", 404, headers("Content-Type", "text/plain"), "no"));
    List<Item> items = items(limits(temp), dir);
    assertEquals(List.of("crawl.warc.gz#1", "crawl.warc.gz#2", "crawl.warc.gz"), paths(items));
    Item first = items.get(0);
    assertEquals("https://example.org/a", first.url());
    assertEquals(200, first.http().status());
    assertEquals(List.of("noai"), first.http().header("x-robots-tag"));
    assertTrue(first.http().header("Set-Cookie").isEmpty(), "credentials are dropped");
    assertEquals("crawl.warc.gz", first.parent());
    assertEquals("response", first.warc().type());
    assertEquals(0, first.warc().offset());
    assertTrue(items.get(1).warc().offset() > 0);
    assertEquals(404, items.get(1).http().status());
    assertEquals("<html><body>alpha</body></html>", ArchiveTest.read(first));
    Item container = items.get(2);
    assertEquals(ItemStatus.OK, container.preset().status());
    assertEquals("application/warc", container.preset().mediaType());
    assertEquals(2, container.preset().members());
  }

  @Test
  void readsUncompressedWarcAndResourceRecords() throws Exception {
    Corpus.warcResource(
        dir.resolve("r.warc"), "file:///docs/readme.txt", "text/plain", "resource body");
    Item item = items(limits(temp), dir).get(0);
    assertEquals("r.warc#1", item.path());
    assertEquals("file:///docs/readme.txt", item.url());
    assertNull(item.http());
    assertEquals("resource body", ArchiveTest.read(item));
  }

  @Test
  void reportsATruncatedRecordAndTheTruncatedFile() throws Exception {
    Path warc =
        Corpus.warc(
            dir.resolve("cut.warc"),
            page("https://example.org/1", "one"),
            page("https://example.org/2", "two ".repeat(500)));
    byte[] bytes = Files.readAllBytes(warc);
    Files.write(warc, Arrays.copyOf(bytes, bytes.length - 700));
    List<Item> items = items(limits(temp), dir);
    assertFalse(find(items, "cut.warc#1").isPreset(), "the whole first record is fine");
    Item cut = find(items, "cut.warc#2");
    assertEquals(ErrorKind.TRUNCATED, cut.preset().error().kind());
    assertEquals("https://example.org/2", cut.url());
    Item container = find(items, "cut.warc");
    assertEquals(ItemStatus.FAILED, container.preset().status());
    assertEquals(ErrorKind.TRUNCATED, container.preset().error().kind());
  }

  @Test
  void readsAWarcInsideAnArchive() throws Exception {
    Path warc = Corpus.warc(temp.resolve("inner.warc"), page("https://example.org/z", "zed"));
    Corpus.zip(dir.resolve("crawls.zip"), Corpus.entries("inner.warc", Files.readAllBytes(warc)));
    List<Item> items = items(limits(temp), dir);
    Item record = find(items, "crawls.zip!/inner.warc#1");
    assertEquals("https://example.org/z", record.url());
    assertEquals("crawls.zip!/inner.warc", record.parent());
  }
}
