package io.provscan.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.detect.LicenseFinding;
import io.provscan.detect.OptOut;
import io.provscan.detect.PiiFinding;
import io.provscan.record.ItemRecord;
import io.provscan.source.ItemStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusSearcherTest {
  @TempDir Path dir;

  static ItemRecord record(String path, String sha, String mediaType, long size) {
    return new ItemRecord(
        path,
        null,
        "/corpus",
        "folder:corpus",
        null,
        ItemStatus.OK,
        null,
        sha,
        size,
        mediaType,
        "UTF-8",
        "en",
        0,
        false,
        null,
        null,
        null,
        Map.of("dc:title", List.of("A Title")),
        List.of(
            new LicenseFinding("MIT", "MIT License", "text", 1.0, "permissive", List.of(), null)),
        new OptOut(
            true,
            List.of(
                new OptOut.Signal(
                    "x-robots-tag",
                    "ai-training",
                    List.of("GPTBot"),
                    "noai",
                    "X-Robots-Tag: noai",
                    null,
                    "reserves"))),
        List.of(new PiiFinding("CN_RESIDENT_ID", "110101********123X", 0, 18, 0.99)),
        Map.of("HEALTH", 2),
        null,
        List.of(),
        List.of(),
        1);
  }

  Path index(boolean storeText, Object... pathThenText) throws IOException {
    Path indexDir = dir.resolve("index");
    try (CorpusIndex index =
        new CorpusIndex(indexDir, new CorpusIndex.Settings(storeText, 2, 1_000_000))) {
      for (int i = 0; i < pathThenText.length; i += 2) {
        String text = (String) pathThenText[i + 1];
        String sha = String.format("%064x", text.hashCode() & 0xffffffffL);
        index.accept(
            record(
                (String) pathThenText[i], sha, i == 0 ? "text/plain" : "text/html", 100L * (i + 1)),
            text);
      }
    }
    return indexDir;
  }

  @Test
  void findsPhrasesAndMarksTheMatchInStoredText() throws IOException {
    Path index =
        index(
            true,
            "a.txt",
            "Licensed under the Apache License, Version 2.0.",
            "b.html",
            "nothing here");
    try (CorpusSearcher s = new CorpusSearcher(index)) {
      CorpusSearcher.SearchResults r = s.search("\"apache license\"", 10, null);
      assertEquals(1, r.total());
      SearchHit hit = r.hits().get(0);
      assertEquals("a.txt", hit.path());
      assertTrue(hit.snippet().contains(SearchHit.MARK_START + "Apache"), hit.snippet());
      assertTrue(hit.snippet().contains("License" + SearchHit.MARK_END), hit.snippet());
    }
  }

  @Test
  void matchesChinesePhrasesCharacterByCharacter() throws IOException {
    Path index = index(true, "zh.txt", "本项目采用 Apache 2.0 许可证发布", "en.txt", "license");
    try (CorpusSearcher s = new CorpusSearcher(index)) {
      assertEquals("zh.txt", s.search("\"许可证\"", 10, null).hits().get(0).path());
      assertEquals(0, s.search("\"证可许\"", 10, null).total());
    }
  }

  @Test
  void searchesFieldsWithoutRegardToCase() throws IOException {
    Path index = index(false, "a.txt", "alpha", "b.html", "beta");
    try (CorpusSearcher s = new CorpusSearcher(index)) {
      assertEquals(2, s.search("license:mit", 10, null).total());
      assertEquals(2, s.search("pii:cn_resident_id AND reserved:true", 10, null).total());
      assertEquals(2, s.search("agent:gptbot AND sensitive:HEALTH", 10, null).total());
      assertEquals(1, s.search("mediaType:\"text/html\"", 10, null).total());
      assertEquals(1, s.search("size:[150 TO 400]", 10, null).total());
      assertEquals(2, s.search("title:title", 10, null).total());
      assertEquals(1, s.search("path:a*", 10, null).total());
    }
  }

  @Test
  void rereadsTextForSnippetsWhenItIsNotStored() throws IOException {
    Path index = index(false, "a.txt", "the quick brown fox");
    try (CorpusSearcher s = new CorpusSearcher(index)) {
      SearchHit without = s.search("fox", 10, null).hits().get(0);
      assertNull(without.snippet());
      SearchHit with =
          s.search("fox", 10, (root, path) -> "the quick brown fox again").hits().get(0);
      assertTrue(with.snippet().contains(SearchHit.MARK_START + "fox" + SearchHit.MARK_END));
    }
  }

  @Test
  void indexesIdenticalContentOnceAndCountsTheCopies() throws IOException {
    Path index = index(false, "a.txt", "same words", "copy.txt", "same words");
    try (CorpusSearcher s = new CorpusSearcher(index)) {
      CorpusSearcher.SearchResults r = s.search("words", 10, null);
      assertEquals(1, r.total());
      assertEquals(1, r.hits().get(0).copies());
      assertEquals(1, s.search("duplicate:true", 10, null).total());
      assertEquals(2, s.documents());
    }
  }

  @Test
  void capsTheIndexedTextPerItem() throws IOException {
    Path indexDir = dir.resolve("capped");
    try (CorpusIndex index = new CorpusIndex(indexDir, new CorpusIndex.Settings(false, 10, 20))) {
      index.accept(
          record("a.txt", "ab".repeat(32), "text/plain", 1),
          "early words here and late words beyond");
    }
    try (CorpusSearcher s = new CorpusSearcher(indexDir)) {
      assertEquals(1, s.search("early", 10, null).total());
      assertEquals(0, s.search("beyond", 10, null).total());
    }
  }

  @Test
  void rejectsABadQueryNamingIt() throws IOException {
    Path index = index(false, "a.txt", "alpha");
    try (CorpusSearcher s = new CorpusSearcher(index)) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> s.search("title:(unclosed", 10, null));
      assertTrue(e.getMessage().contains("title:(unclosed"));
    }
  }

  @Test
  void explainsAMissingIndex() {
    IOException e = assertThrows(IOException.class, () -> new CorpusSearcher(dir.resolve("none")));
    assertTrue(e.getMessage().contains("provscan scan"));
  }

  @Test
  void clipsALongPassageAroundItsFirstMatchOnWholeWords() {
    char a = SearchHit.MARK_START;
    char b = SearchHit.MARK_END;
    String before = "word ".repeat(200);
    String after = " tail".repeat(200);
    String clipped = CorpusSearcher.clip(before + a + "training" + b + after);
    assertTrue(clipped.length() <= CorpusSearcher.SNIPPET_MAX_CHARS + 4, clipped);
    assertTrue(clipped.contains(a + "training" + b), clipped);
    assertTrue(clipped.startsWith("… word ") && clipped.endsWith("tail …"), clipped);
    String shortOne = "short " + a + "match" + b;
    assertEquals(shortOne, CorpusSearcher.clip(shortOne));
    // a match cut at the end is closed again
    String cut = CorpusSearcher.clip(a + "x" + b + " " + "y".repeat(400) + a + "z" + b);
    assertEquals(cut.chars().filter(c -> c == a).count(), cut.chars().filter(c -> c == b).count());
  }
}
