package io.provscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.internal.Json;
import io.provscan.provenance.SourceRow;
import io.provscan.summary.ScanSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The EU summary draft: top domains by content size, blanks for what a scan cannot know. */
class TrainingContentSummaryTest {
  @TempDir Path out;

  private static SourceRow host(String name, long bytes) {
    return Json.mapper()
        .convertValue(
            Map.of("id", "host:" + name, "kind", "host", "name", name, "bytes", bytes, "items", 1),
            SourceRow.class);
  }

  private CorpusFacts hosts(long... bytes) throws Exception {
    List<SourceRow> rows = new ArrayList<>();
    for (int i = 0; i < bytes.length; i++) {
      rows.add(host("h" + i + ".example", bytes[i]));
    }
    ScanSummary summary = FactsFixture.typical(out, "{}").summary();
    return new CorpusFacts(summary, rows);
  }

  @Test
  void listsTheTopTenPercentOfDomainsByContentSizeLargestFirst() throws Exception {
    long[] sizes = new long[20];
    for (int i = 0; i < 20; i++) {
      sizes[i] = (i + 1) * 100L;
    }
    List<CorpusFacts.HostShare> top = hosts(sizes).topHosts(TrainingContentSummary.TOP_SHARE);
    assertEquals(
        List.of("h19.example", "h18.example"),
        top.stream().map(CorpusFacts.HostShare::host).toList());
    assertEquals(2000.0 / 21000, top.get(0).share(), 1e-9);
  }

  @Test
  void keepsOneDomainWhenTenPercentRoundsToNone() throws Exception {
    List<CorpusFacts.HostShare> top = hosts(5, 500, 50).topHosts(TrainingContentSummary.TOP_SHARE);
    assertEquals(List.of("h1.example"), top.stream().map(CorpusFacts.HostShare::host).toList());
  }

  @Test
  void listsEveryDomainWithItsShareAndMarksTheTopOnes() throws Exception {
    Messages m = Messages.of(Lang.EN);
    Doc doc = TrainingContentSummary.of(hosts(300, 100), m);
    Doc.Table domains =
        doc.blocks().stream()
            .filter(b -> b instanceof Doc.Table t && t.headers().contains("Domain name"))
            .map(Doc.Table.class::cast)
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(
            List.of("h0.example", "300", "75.0%", "1", "yes"),
            List.of("h1.example", "100", "25.0%", "1", "—")),
        domains.rows());
  }

  @Test
  void leavesWhatTheScanCannotKnowAsMarkedBlanks() throws Exception {
    Doc doc =
        TrainingContentSummary.of(
            FactsFixture.typical(out, FactsFixture.FOUND), Messages.of(Lang.EN));
    String blanks =
        doc.blocks().stream()
            .filter(b -> b instanceof Doc.Blank)
            .map(b -> ((Doc.Blank) b).field())
            .collect(Collectors.joining("\n"));
    for (String field :
        List.of(
            "Provider name",
            "Data from users",
            "Synthetic data used",
            "Crawler name",
            "illegal content")) {
      assertTrue(blanks.contains(field), field + " in\n" + blanks);
    }
  }
}
