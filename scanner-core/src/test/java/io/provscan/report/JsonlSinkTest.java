package io.provscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.internal.Json;
import io.provscan.record.ItemRecord;
import io.provscan.source.ErrorKind;
import io.provscan.source.ItemError;
import io.provscan.testing.ScanFixture;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlSinkTest {
  @TempDir Path dir;

  @Test
  void everyRecordFromManyWorkersLandsOnItsOwnLine() throws Exception {
    Path file = dir.resolve("items.jsonl");
    int workers = 4;
    int each = 3000; // more than the queue holds, so workers wait on the writer at times
    try (JsonlSink sink = new JsonlSink(file)) {
      ExecutorService pool = Executors.newFixedThreadPool(workers);
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        int worker = w;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < each; i++) {
                    sink.accept(ScanFixture.item("w" + worker + "/" + i, "folder:a"), "");
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(workers * each, lines.size());
    Set<String> paths = new HashSet<>();
    for (String line : lines) {
      paths.add(Json.mapper().readTree(line).get("path").asText());
    }
    assertEquals(workers * each, paths.size(), "no line lost or written twice");
  }

  @Test
  void nullFieldsAreLeftOutAtEveryDepthAndReadBackAsNull() throws IOException {
    Path file = dir.resolve("items.jsonl");
    ItemRecord failed =
        ScanFixture.failed("a.pdf", "folder:a", ItemError.of(ErrorKind.PARSE_ERROR, "bad"));
    try (JsonlSink sink = new JsonlSink(file)) {
      sink.accept(failed, "");
    }
    String line = Files.readString(file, StandardCharsets.UTF_8).strip();
    assertFalse(line.contains("null"), line);
    JsonNode tree = Json.mapper().readTree(line);
    assertFalse(tree.has("sha256"));
    assertFalse(tree.has("members"));
    assertTrue(tree.get("licenses").isArray(), "empty lists stay: the detector ran");
    ItemRecord back = Json.mapper().readValue(line, ItemRecord.class);
    assertEquals(failed, back);
  }

  @Test
  void aWriteErrorIsThrownFromTheNextRecordOrClose() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    JsonlSink sink = new JsonlSink(broken);
    IOException e =
        assertThrows(
            IOException.class,
            () -> {
              try (sink) {
                for (int i = 0; i < 100_000; i++) {
                  sink.accept(ScanFixture.item("f" + i, "folder:a"), "");
                }
              }
            });
    assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
    assertThrows(IOException.class, () -> sink.accept(ScanFixture.item("g", "folder:a"), ""));
  }
}
