package io.provscan.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.provscan.internal.Json;
import io.provscan.report.OutputFile;
import io.provscan.report.ScanOutput;
import io.provscan.testing.ScanFixture;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesCsvTest {
  @TempDir Path out;

  @Test
  void isRenderedWithTheOtherOutputFiles() {
    assertTrue(
        ProvenanceReports.outputs().stream().anyMatch(o -> o.fileName().equals("sources.csv")));
  }

  @Test
  void writesOneRowPerSourceWithItsDeclarationCountsAndVerdict() throws Exception {
    List<CSVRecord> rows = render(judged(ScanFixture.typical().write(out)));
    assertEquals(SourcesCsv.HEADER, rows.get(0).toList());
    CSVRecord card = row(rows, "dataset:cards/README.md");
    assertEquals("dataset", card.get(1));
    assertEquals("Cards", card.get(2));
    assertEquals("MIT", card.get(4));
    assertEquals(List.of("1", "1", "0", "0"), card.toList().subList(5, 9));
    assertEquals("block", card.get(9));
    assertEquals("block: conflict, with a comma; block: \"quoted\"", card.get(10));
    assertEquals(4, rows.size(), "a header and three sources");
  }

  @Test
  void quotesPerRfc4180AndHoldsNoPersonalData() throws Exception {
    judged(ScanFixture.typical().write(out));
    render(out);
    String csv = Files.readString(out.resolve("sources.csv"), StandardCharsets.UTF_8);
    assertTrue(csv.contains("\"block: conflict, with a comma; block: \"\"quoted\"\"\"\r\n"), csv);
    assertFalse(csv.contains("@"), "not even a masked e-mail address");
  }

  @Test
  void defusesCellsASpreadsheetWouldRunAsFormulas() {
    assertEquals("'=HYPERLINK(\"x\")", SourcesCsv.text("=HYPERLINK(\"x\")"));
    assertEquals("'@SUM(A1)", SourcesCsv.text("@SUM(A1)"));
    assertEquals("MIT", SourcesCsv.text("MIT"));
    assertEquals("", SourcesCsv.text(null));
  }

  private static CSVRecord row(List<CSVRecord> rows, String id) {
    return rows.stream().filter(r -> r.get(0).equals(id)).findFirst().orElseThrow();
  }

  /** Gives every source a verdict and reasons that need quoting, as a policy would. */
  private static Path judged(Path out) throws Exception {
    Path file = out.resolve("summary.json");
    JsonNode summary = Json.mapper().readTree(file.toFile());
    for (JsonNode source : summary.path("sources")) {
      ((ObjectNode) source).put("verdict", "block");
      ((ObjectNode) source)
          .putArray("reasons")
          .add("block: conflict, with a comma")
          .add("block: \"quoted\"");
    }
    Json.mapper().writeValue(file.toFile(), summary);
    return out;
  }

  private static List<CSVRecord> render(Path out) throws Exception {
    OutputFile csv = SourcesCsv.OUTPUT;
    String note =
        csv.start(new OutputFile.RenderOptions(0))
            .render(ScanOutput.open(out), out.resolve(csv.fileName()), 0);
    assertEquals("3 sources", note);
    try (Reader in = Files.newBufferedReader(out.resolve("sources.csv"), StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.parse(in).getRecords();
    }
  }
}
