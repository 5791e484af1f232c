package io.provscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.provscan.internal.Json;
import io.provscan.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan killed with {@code kill -9} at random moments, five times, then run to its end, leaves the
 * same {@code items.jsonl} as a scan never interrupted, and an index with each item once.
 */
class ResumeTest {
  @TempDir Path corpus;
  @TempDir Path reference;
  @TempDir Path out;
  @TempDir Path logs;

  static final int RECORDS = 2_000;

  void corpus() throws IOException {
    ScanLockTest.records(corpus, RECORDS);
    for (int i = 0; i < 40; i++) {
      Corpus.text(
          corpus.resolve("docs/note-" + i + ".txt"),
          "Note " + i + ". Licensed under the MIT License. Write to person" + i + "@example.org.");
    }
    Corpus.zip(
        corpus.resolve("bundle.zip"),
        Corpus.entries("a.txt", "first member", "b/c.txt", "second member"));
  }

  String[] scan(Path into, String... more) {
    String[] args = {
      "scan", corpus.toString(), "--out", into.toString(), "--threads", "2", "--quiet"
    };
    return ScanLockTest.with(args, more);
  }

  @Test
  @Timeout(600)
  void aScanKilledFiveTimesEndsAsIfNeverKilled() throws Exception {
    corpus();
    CliTest.Run whole = CliTest.run(scan(reference));
    assertEquals(ExitCodes.OK, whole.code(), whole.err());
    long total = ChildScan.completeLines(reference.resolve("items.jsonl"));
    assertTrue(total > RECORDS, "items: " + total);

    Random random = new Random();
    Path items = out.resolve("items.jsonl");
    int kills = 0;
    for (int round = 0; round < 5; round++) {
      long before = Files.exists(items) ? ChildScan.completeLines(items) : 0;
      long at = before + 1 + random.nextInt(RECORDS / 8);
      try (ChildScan child =
          ChildScan.start(logs.resolve(round + ".log"), scan(out, "--checkpoint-every", "50"))) {
        if (child.awaitLines(items, at, Duration.ofSeconds(120))) {
          child.kill();
          kills++;
        } else {
          child.process().waitFor();
        }
        assertTrue(kills == round + 1 || child.process().exitValue() == 0, child.output());
      }
    }
    assertTrue(kills >= 3, "killed mid-scan " + kills + " times");

    CliTest.Run last = CliTest.run(scan(out));
    assertEquals(ExitCodes.OK, last.code(), last.err());

    assertEquals(sortedItems(reference), sortedItems(out));
    assertEquals(total, indexedOnce(out));
    try (Stream<Path> left = Files.list(out)) {
      List<String> names = left.map(p -> p.getFileName().toString()).toList();
      assertTrue(names.stream().noneMatch(n -> n.startsWith(".provscan-tmp-")), names.toString());
      assertTrue(
          Files.readString(out.resolve(".provscan-scan.json")).contains("\"finished\" : true"),
          "the scan is marked finished");
    }
  }

  @Test
  @Timeout(300)
  void refusesToResumeWithOtherOptionsAndStartsOverWhenTold() throws Exception {
    corpus();
    try (ChildScan child =
        ChildScan.start(logs.resolve("child.log"), scan(out, "--checkpoint-every", "50"))) {
      assertTrue(child.awaitLines(out.resolve("items.jsonl"), 10, Duration.ofSeconds(120)));
      child.kill();
    }
    CliTest.Run other = CliTest.run(scan(out, "--no-pii"));
    assertEquals(ExitCodes.USAGE, other.code(), other.err());
    assertTrue(other.err().contains("holds an unfinished scan of other options (pii"), other.err());
    assertTrue(other.err().contains("--restart"), other.err());

    CliTest.Run restarted = CliTest.run(scan(out, "--no-pii", "--restart"));
    assertEquals(ExitCodes.OK, restarted.code(), restarted.err());
    assertTrue(Files.exists(out.resolve("summary.json")));
  }

  /** The lines of items.jsonl without their timing field, sorted. */
  static List<String> sortedItems(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("items.jsonl"))) {
      ObjectNode item = (ObjectNode) Json.mapper().readTree(line);
      item.remove("elapsedMs");
      lines.add(item.toString());
    }
    lines.sort(null);
    return lines;
  }

  /** Documents in the index, each checked to be the only one of its item. */
  static long indexedOnce(Path dir) throws IOException {
    Set<String> seen = new HashSet<>();
    try (FSDirectory d = FSDirectory.open(dir.resolve("index"));
        DirectoryReader reader = DirectoryReader.open(d)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live == null || live.get(i)) {
            Document doc = stored.document(i);
            String key = doc.get("root") + "\u0000" + doc.get("path");
            assertTrue(seen.add(key), "indexed twice: " + key);
          }
        }
      }
      assertEquals(seen.size(), reader.numDocs());
    }
    return seen.size();
  }
}
