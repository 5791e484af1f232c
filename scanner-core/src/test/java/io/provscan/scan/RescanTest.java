package io.provscan.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.extract.Extractor;
import io.provscan.extract.TikaExtractor;
import io.provscan.index.CorpusSearcher;
import io.provscan.policy.PolicyLoader;
import io.provscan.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan into a folder holding a finished scan of the same roots and options reads only what
 * changed, and ends with the same items as a full scan of the corpus as it is now.
 */
class RescanTest {
  @TempDir Path corpus;
  @TempDir Path out;
  @TempDir Path fresh;

  /** An hour ago: older than any scan's ambiguous window. */
  static final FileTime OLD = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));

  @BeforeEach
  void corpus() throws IOException {
    for (int i = 0; i < 6; i++) {
      write(
          "f" + i + ".txt", "File " + i + " under the MIT License. Mail ann" + i + "@example.org");
    }
    write("plain.txt", "Nothing but words about zebras.");
    // A link not followed: skipped, and reused as it stands while it stays a link.
    Files.createSymbolicLink(corpus.resolve("link.txt"), corpus.resolve("plain.txt"));
    write(
        "shard.jsonl", "{\"text\":\"first record on herons\"}\n{\"text\":\"second on egrets\"}\n");
    Files.setLastModifiedTime(
        Corpus.zip(
            corpus.resolve("bundle.zip"),
            Corpus.entries("a.txt", bytes("member about otters"), "b.txt", bytes("beavers"))),
        OLD);
  }

  void write(String name, String text) throws IOException {
    Files.setLastModifiedTime(Corpus.text(corpus.resolve(name), text), OLD);
  }

  static List<String> sortedLines(Path dir) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(Scanner.ITEMS)));
    lines.sort(null);
    return lines;
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  ScanOptionsBuilder options(Path into) {
    return ScanOptions.builder().root(corpus).out(into).threads(2);
  }

  @Test
  void anUnchangedCorpusReusesEveryItem() throws Exception {
    ScanResult first = new Scanner(options(out).build()).run();
    List<String> stored = sortedLines(out);
    AtomicInteger extracted = new AtomicInteger();
    Scanner again = counting(options(out).build(), extracted);
    ScanResult second = again.run();

    assertEquals(new RescanCounts(first.seen(), 0, 0, 0), again.rescan());
    assertEquals(stored, sortedLines(out), "every line copied as stored, timing too");
    RenderedAgain.assertSameAsTheScanWrote(out);
    assertEquals(0, extracted.get(), "nothing extracted again");
    assertEquals(first.seen(), second.seen());
    assertEquals(first.seen(), ScannerTest.summary(out).get("rescan").get("reused").asLong());
    new Scanner(options(fresh).build()).run();
    assertEquals(CheckpointTest.sorted(fresh), CheckpointTest.sorted(out));
  }

  @Test
  void aRescanAfterChangesEqualsAFullScanOfTheChangedCorpus() throws Exception {
    new Scanner(options(out).build()).run();
    Files.writeString(corpus.resolve("f1.txt"), "File 1 now speaks of pelicans.");
    write("added.txt", "A new file about flamingos.");
    Files.delete(corpus.resolve("plain.txt"));
    Corpus.zip(
        corpus.resolve("bundle.zip"),
        Corpus.entries("a.txt", bytes("member about minks"), "b.txt", bytes("beavers")));
    Scanner rescan = new Scanner(options(out).build());
    ScanResult result = rescan.run();

    // f1 changed; the archive's two members and itself are read again; plain.txt is gone.
    long total = result.seen();
    assertEquals(new RescanCounts(total - 5, 4, 1, 1), rescan.rescan());
    RenderedAgain.assertSameAsTheScanWrote(out);
    new Scanner(options(fresh).build()).run();
    assertEquals(CheckpointTest.sorted(fresh), CheckpointTest.sorted(out));
    assertEquals(
        ScannerTest.summary(fresh).get("licenses").get("items"),
        ScannerTest.summary(out).get("licenses").get("items"));
    try (CorpusSearcher index = new CorpusSearcher(out.resolve(Scanner.INDEX))) {
      assertEquals(total, index.documents(), "each item once");
      assertEquals(0, hits(index, "zebras"), "the removed file's document is gone");
      assertEquals(1, hits(index, "pelicans"), "the changed file's new text");
      assertEquals(0, hits(index, "\"speaks of\" AND path:f2.txt"));
      assertEquals(1, hits(index, "flamingos"));
      assertEquals(1, hits(index, "minks"), "the changed archive's member");
      assertEquals(0, hits(index, "otters"), "its old text is gone");
      assertEquals(1, hits(index, "herons"), "a reused item keeps its document");
    }
  }

  @Test
  void aLinkReplacedByAFileIsScannedAgain() throws Exception {
    new Scanner(options(out).build()).run();
    Files.delete(corpus.resolve("link.txt"));
    write("link.txt", "Now a file about ibises.");
    Scanner rescan = new Scanner(options(out).build());
    ScanResult result = rescan.run();

    assertEquals(new RescanCounts(result.seen() - 1, 1, 0, 0), rescan.rescan());
    assertEquals(
        "ok", ScannerTest.byPath(ScannerTest.items(out)).get("link.txt").get("status").asText());
    new Scanner(options(fresh).build()).run();
    assertEquals(CheckpointTest.sorted(fresh), CheckpointTest.sorted(out));
  }

  @Test
  void aFileChangedWithinTheAmbiguousWindowIsToldByItsHash() throws Exception {
    Path racy = corpus.resolve("plain.txt");
    FileTime now = FileTime.from(Instant.now());
    Files.setLastModifiedTime(racy, now);
    new Scanner(options(out).build()).run();
    // Same size, same time: only the content tells.
    Files.writeString(racy, "Nothing but words about walrus.");
    Files.setLastModifiedTime(racy, now);

    Scanner rescan = new Scanner(options(out).build());
    rescan.run();

    assertEquals(1, rescan.rescan().rescanned());
    assertTrue(Files.readString(out.resolve(Scanner.ITEMS)).contains(sha256(racy)));
  }

  @Test
  void aChangedOptionScansEverythingAgain() throws Exception {
    new Scanner(options(out).build()).run();
    Scanner other = new Scanner(options(out).pii(false).build());
    ScanResult result = other.run();

    assertNull(other.rescan(), "not a rescan");
    assertTrue(ScannerTest.summary(out).path("rescan").isMissingNode());
    new Scanner(options(fresh).pii(false).build()).run();
    assertEquals(CheckpointTest.sorted(fresh), CheckpointTest.sorted(out));
    assertEquals(result.seen(), CheckpointTest.sorted(out).size());
  }

  @Test
  void fullScansEverythingEvenWithAFinishedScanThere() throws Exception {
    new Scanner(options(out).build()).run();
    Scanner full = new Scanner(options(out).build()).restart(true);
    full.run();
    assertNull(full.rescan());
  }

  @Test
  void aChangedPolicyJudgesTheReusedFindingsAgainWithoutExtracting() throws Exception {
    new Scanner(options(out).index(false).build()).run();
    Path strict =
        Files.writeString(
            fresh.resolve("strict.yaml"), "version: 1\nlicenses:\n  missing: block\n");
    AtomicInteger extracted = new AtomicInteger();
    Scanner rejudged =
        counting(options(out).index(false).policy(PolicyLoader.read(strict)).build(), extracted);
    rejudged.run();

    assertEquals(0, extracted.get(), "nothing extracted again");
    JsonNode plain = ScannerTest.byPath(ScannerTest.items(out)).get("plain.txt");
    assertEquals("block", plain.get("verdict").asText(), plain.toString());
    assertTrue(
        ScannerTest.summary(out).path("verdicts").path("items").path("block").asLong() > 0,
        "the summary's totals are judged again too");
  }

  @Test
  void withTheIndexAChangedPolicyRescansTheFilesWhoseVerdictChanges() throws Exception {
    new Scanner(options(out).build()).run();
    Path strict =
        Files.writeString(
            fresh.resolve("strict.yaml"), "version: 1\nlicenses:\n  missing: block\n");
    Scanner rejudged = new Scanner(options(out).policy(PolicyLoader.read(strict)).build());
    rejudged.run();

    assertTrue(rejudged.rescan().rescanned() > 0, rejudged.rescan().toString());
    try (CorpusSearcher index = new CorpusSearcher(out.resolve(Scanner.INDEX))) {
      assertEquals(1, hits(index, "verdict:block AND zebras"), "the index holds the new verdict");
      assertEquals(ScannerTest.items(out).size(), index.documents());
    }
  }

  @Test
  void aNewCopyOfAKeptTextIsIndexedAsADuplicateOfIt() throws Exception {
    new Scanner(options(out).build()).run();
    write("copy.txt", "Nothing but words about zebras.");
    Scanner again = new Scanner(options(out).build());
    again.run();

    assertEquals(1, again.rescan().added(), again.rescan().toString());
    try (CorpusSearcher index = new CorpusSearcher(out.resolve(Scanner.INDEX))) {
      // The kept documents' texts are read only when the first document is added: the copy's
      // text is then known to be held already, and is not indexed twice.
      assertEquals(1, hits(index, "duplicate:true"), "the copy is marked");
      assertEquals(1, hits(index, "zebras"), "the text is indexed once");
      assertEquals(ScannerTest.items(out).size(), index.documents());
    }
  }

  private Scanner counting(ScanOptions options, AtomicInteger calls) {
    Extractor tika = new TikaExtractor(options.extraction());
    Extractor counting =
        (item, deadline) -> {
          calls.incrementAndGet();
          return tika.extract(item, deadline);
        };
    return new Scanner(options, Capabilities.of(options), counting);
  }

  private static long hits(CorpusSearcher index, String query) throws IOException {
    return index.search(query, 10, null).total();
  }

  private static String sha256(Path file) throws IOException {
    return io.provscan.internal.Hashing.sha256Hex(Files.readAllBytes(file), (int) Files.size(file));
  }
}
