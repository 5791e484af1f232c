package io.provscan.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.internal.Json;
import io.provscan.policy.PolicyEngine;
import io.provscan.policy.PolicyParser;
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
    ScanSummary read = Json.mapper().readValue(first.toFile(), ScanSummary.class);
    Path second = out.resolve("again.json");
    SummaryBuilder.write(read, second);
    assertEquals(Files.readString(first), Files.readString(second));
  }

  @Test
  void writesTheRunFirstThenTheSectionsInOrderThenTheVerdicts() throws Exception {
    ScanSummary judged = built().judged(new PolicyEngine(PolicyParser.bundled(), id -> null));
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
    ScanSummary read = Json.mapper().readValue(file.toFile(), ScanSummary.class);
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
