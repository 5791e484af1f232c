package io.provscan.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.provscan.internal.Json;
import io.provscan.summary.ScanSummary;
import io.provscan.testing.ScanFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A finished scan's facts for the duties and statement tests: the typical fixture's summary with
 * the capability sections a test sets as JSON ({@code pii}, {@code licenses}, {@code optOut}), as a
 * scan with those capabilities would have written them.
 */
final class FactsFixture {
  private FactsFixture() {}

  /** The typical fixture written to {@code out}, its summary extended by {@code sections}. */
  static CorpusFacts typical(Path out, String sectionsJson) throws IOException {
    ScanFixture.typical().write(out);
    ObjectNode tree = (ObjectNode) Json.mapper().readTree(out.resolve("summary.json").toFile());
    JsonNode sections = Json.mapper().readTree(sectionsJson);
    sections.properties().forEach(e -> tree.set(e.getKey(), e.getValue()));
    Files.writeString(out.resolve("summary.json"), tree.toString());
    ScanSummary summary = ScanSummary.read(tree);
    return new CorpusFacts(summary, summary.sources());
  }

  /** {@code facts} with one export recorded: e-mail addresses handled by {@code emailOperator}. */
  static CorpusFacts exported(CorpusFacts facts, String emailOperator) {
    ExportLog.Entry e =
        new ExportLog.Entry(
            "/exports/clean",
            "2026-12-01T10:00:00Z",
            "the scan's verdicts",
            true,
            "jsonl.gz",
            Map.of("EMAIL_ADDRESS", emailOperator, "CN_RESIDENT_ID", "redact"),
            40,
            3,
            5,
            1,
            Map.of("pii.types.CN_RESIDENT_ID", 4L, "changed since the scan", 1L),
            Map.of("EMAIL_ADDRESS", Map.of(emailOperator, 4L)),
            List.of("part-00000.jsonl.gz"),
            "croissant.json",
            "ab".repeat(32));
    return new CorpusFacts(facts.summary(), facts.sources(), ExportLog.EMPTY.with(e));
  }

  /** Sections of a scan that found personal data, licences and reserved pages. */
  static final String FOUND =
      """
      {"pii": {"itemsWithPii": 3, "itemsWithSensitive": 1,
               "types": {"EMAIL_ADDRESS": 4, "CN_RESIDENT_ID": 1}, "sensitive": {"HEALTH": 2}},
       "licenses": {"items": 2, "byLicense": {"CC-BY-NC-4.0": 1, "MIT": 1},
                    "byCategory": {"non-commercial": 1, "permissive": 1}, "byBasis": {},
                    "byClause": {"non-commercial": 1}},
       "optOut": {"items": 3, "reservedItems": 1, "pages": 2, "reservedPages": 1,
                  "signals": {"robots-txt": 1, "tdmrep": 1}}}
      """;

  /** Sections of a scan that looked for everything and found nothing. */
  static final String CLEAN =
      """
      {"pii": {"itemsWithPii": 0, "itemsWithSensitive": 0, "types": {}, "sensitive": {}},
       "licenses": {"items": 1, "byLicense": {"MIT": 1}, "byCategory": {"permissive": 1},
                    "byBasis": {}, "byClause": {}},
       "optOut": {"items": 3, "reservedItems": 0, "pages": 2, "reservedPages": 0,
                  "signals": {"robots-txt": 2}}}
      """;
}
