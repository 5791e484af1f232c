package io.provscan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.internal.Json;
import io.provscan.report.ExportLog;
import io.provscan.scan.ScanOptions;
import io.provscan.scan.Scanner;
import io.provscan.testing.Corpus;
import io.provscan.testing.Fixtures;
import io.provscan.testing.RealWorld;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export's {@code croissant.json} against a Croissant 1.1 manifest published on the Hugging
 * Face Hub ({@code ../shared/realworld/manifests/croissant/squad_v2.croissant-1.1.json}): the same
 * conformance id, every context term with the same meaning, the dataset and file fields the
 * published one carries; and the manifest's hash as the scan's {@code exports.json} records it.
 */
@RealWorld
class CroissantRealWorldTest {
  @TempDir static Path corpus;
  @TempDir static Path scan;
  @TempDir static Path dest;
  static JsonNode ours;
  static JsonNode published;

  @BeforeAll
  static void exportASmallScan() throws Exception {
    Corpus.text(corpus.resolve("a.txt"), "Mail li.na@example.com about the tea order.");
    Corpus.text(corpus.resolve("b.txt"), "A plain note about coffee.");
    new Scanner(ScanOptions.builder().root(corpus).out(scan).threads(1).index(false).build()).run();
    new Exporter(
            ExportOptions.defaults(scan, dest)
                .with(null, true, ShardFormat.JSONL_GZ, ExportOptions.DEFAULT_SHARD_SIZE)
                .withRun(1, false))
        .run();
    ours = Json.mapper().readTree(dest.resolve(Exporter.MANIFEST).toFile());
    published =
        Json.mapper()
            .readTree(
                Fixtures.realWorld("manifests", "croissant", "squad_v2.croissant-1.1.json")
                    .toFile());
  }

  @Test
  void conformsToTheSameVersion() {
    assertEquals(published.get("conformsTo").asText(), ours.get("conformsTo").asText());
    assertEquals(published.get("@type").asText(), ours.get("@type").asText());
  }

  @Test
  void definesEveryContextTermAsThePublishedManifestDoes() {
    JsonNode theirs = published.get("@context");
    List<String> differ = new java.util.ArrayList<>();
    theirs
        .properties()
        .forEach(
            e -> {
              if (!e.getValue().equals(ours.get("@context").get(e.getKey()))) {
                differ.add(e.getKey());
              }
            });
    assertTrue(theirs.size() > 30, "terms read: " + theirs.size());
    assertEquals(List.of(), differ);
  }

  @Test
  void carriesTheDatasetFieldsOfThePublishedManifest() {
    for (String field :
        List.of("name", "description", "license", "url", "creator", "distribution", "recordSet")) {
      assertTrue(published.has(field), "the reference has " + field);
      assertTrue(ours.has(field) && !ours.get(field).isNull(), "ours lacks " + field);
    }
    assertTrue(ours.has("datePublished"), "Croissant 1.1 requires datePublished");
  }

  @Test
  void describesEachShardWithThePublishedFileObjectFields() {
    JsonNode theirFile = published.get("distribution").get(0);
    JsonNode shard = ours.get("distribution").get(0);
    assertEquals("cr:FileObject", shard.get("@type").asText());
    for (String field : List.of("@id", "name", "contentUrl", "encodingFormat", "sha256")) {
      assertTrue(theirFile.has(field), "the reference's file has " + field);
      assertFalse(shard.path(field).asText().isEmpty(), "our shard lacks " + field);
    }
    assertEquals(64, shard.get("sha256").asText().length());
  }

  @Test
  void theScanRecordsTheManifestsHash() throws Exception {
    ExportLog.Entry e = ExportLog.read(scan).exports().get(0);
    byte[] bytes = java.nio.file.Files.readAllBytes(dest.resolve(Exporter.MANIFEST));
    assertEquals(io.provscan.internal.Hashing.sha256Hex(bytes, bytes.length), e.manifestSha256());
    assertEquals(2, e.exported());
  }
}
