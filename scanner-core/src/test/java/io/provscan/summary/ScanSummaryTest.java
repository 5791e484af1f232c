package io.provscan.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.internal.Json;
import io.provscan.policy.PolicyEngine;
import io.provscan.policy.PolicyLoader;
import io.provscan.provenance.DataSource;
import io.provscan.provenance.SourceRegistry;
import io.provscan.provenance.SourceRow;
import io.provscan.provenance.SourcesSection;
import io.provscan.testing.ScanFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanSummaryTest {
  @TempDir Path out;

  @Test
  void readsBackWhatItWroteByteForByte() throws Exception {
    Path first = ScanFixture.typical().write(out).resolve("summary.json");
    assertEquals(Files.readString(first), Files.readString(writtenAgain(first)));
  }

  @Test
  void keepsTheOrderOfTheSectionsItReads() throws Exception {
    Path first = out.resolve("summary.json");
    SummaryBuilder.write(built(), first);
    String written = Files.readString(first);
    String[] sections = {"\"zeta\"", "\"pii\"", "\"alpha\""};
    Files.writeString(
        first,
        written
            .replace("\"pii\" : {", "\"zeta\" : 1,\n  \"pii\" : {")
            .replace("\"sources\" : [", "\"alpha\" : 2,\n  \"sources\" : ["));
    String again = Files.readString(writtenAgain(first));
    assertTrue(
        again.indexOf(sections[0]) < again.indexOf(sections[1])
            && again.indexOf(sections[1]) < again.indexOf(sections[2]),
        again);
  }

  private Path writtenAgain(Path file) throws Exception {
    ScanSummary read = ScanSummary.read(Json.mapper().readTree(file.toFile()));
    Path again = out.resolve("again.json");
    SummaryBuilder.write(read, again);
    return again;
  }

  @Test
  void writesTheRunFirstThenTheSectionsInOrderThenTheVerdicts() throws Exception {
    ScanSummary judged = built().judged(new PolicyEngine(PolicyLoader.bundled(), id -> null));
    Path file = out.resolve("summary.json");
    SummaryBuilder.write(judged, file);
    List<String> keys = new ArrayList<>();
    Json.mapper().readTree(file.toFile()).fieldNames().forEachRemaining(keys::add);
    assertEquals(
        List.of(
            "schemaVersion",
            "tool",
            "startedAt",
            "finishedAt",
            "durationMs",
            "roots",
            "options",
            "counts",
            "bytes",
            "chars",
            "mediaTypes",
            "errors",
            "languages",
            "throughput",
            "index",
            "abandonedThreads",
            "pii",
            "sources",
            "verdicts",
            "policy"),
        keys);
    JsonNode summary = Json.mapper().readTree(file.toFile());
    assertTrue(summary.get("index").isNull(), "index is written as null with --no-index");
    assertEquals("allow", summary.path("sources").get(0).path("verdict").asText());
  }

  @Test
  void givesEachSectionItsTypeWhenReadBack() throws Exception {
    Path file = out.resolve("summary.json");
    SummaryBuilder.write(built(), file);
    ScanSummary read = ScanSummary.read(Json.mapper().readTree(file.toFile()));
    assertEquals(0, read.pii().orElseThrow().itemsWithPii());
    assertTrue(read.licenses().isEmpty(), "no licence section without licence detection");
    SourceRow row = read.sources().get(0);
    assertEquals("folder:corpus", row.id());
    assertEquals(Map.of("ok", 1L), row.status());
    assertEquals(null, row.verdict());
  }

  @Test
  void fillsWhatAnOlderRowLacks() throws Exception {
    SourceRow row = Json.mapper().readValue("{\"id\": \"host:a.example\"}", SourceRow.class);
    assertTrue(row.declaredLicenses().isEmpty() && row.verdicts().isEmpty());
    assertEquals(0, row.optOut().pages());
  }

  private static ScanSummary built() {
    SourceRegistry registry = SourceRegistry.defaults();
    SummaryBuilder b = new SummaryBuilder(List.of(new PiiSummary(), new SourcesSection(registry)));
    registry.register(DataSource.plain("folder:corpus", "folder", "corpus", "/c"));
    b.accept(ScanFixture.item("a.txt", "folder:corpus"), "");
    Instant t = Instant.parse("2026-03-04T05:06:07Z");
    return b.build(
        new SummaryBuilder.RunInfo(
            "test", t, t.plusSeconds(1), List.of("/c"), Map.of(), 0, null, 0));
  }
}
