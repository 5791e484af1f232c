package io.provscan.report.spdx;

import static io.provscan.testing.ScanFixture.licence;
import static io.provscan.testing.ScanFixture.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.provscan.detect.OptOut;
import io.provscan.internal.Json;
import io.provscan.report.ScanOutput;
import io.provscan.testing.ScanFixture;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SPDX document of a scan, checked against SPDX's own JSON schema for 3.0.1. The schema is the
 * one SPDX generates from its model with shacl2code ({@code spdx/spdx-3-model}, published as
 * spdx-json-schema.json for 3.0.1, Community Specification License 1.0) as shipped inside the
 * {@code org.spdx:spdx-v3jsonld-store} jar on Maven Central (Apache-2.0), resource {@code
 * resources/schema-v3.0.1.json}; it is read from the classpath, not copied into this project.
 */
class SpdxReportTest {
  static Schema schema;

  @TempDir Path out;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in =
        SpdxReportTest.class.getResourceAsStream("/resources/schema-v3.0.1.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  JsonNode write(ScanFixture fixture, int maxFiles) throws Exception {
    fixture.write(out);
    Path file = out.resolve("provenance.spdx.json");
    SpdxReport.write(ScanOutput.open(out), file, maxFiles);
    return Json.mapper().readTree(file.toFile());
  }

  static List<JsonNode> ofType(JsonNode doc, String type) {
    List<JsonNode> out = new ArrayList<>();
    doc.path("@graph")
        .forEach(
            n -> {
              if (type.equals(n.path("type").asText())) {
                out.add(n);
              }
            });
    return out;
  }

  static Map<String, JsonNode> byId(JsonNode doc) {
    Map<String, JsonNode> m = new HashMap<>();
    doc.path("@graph")
        .forEach(
            n -> m.put(n.has("spdxId") ? n.path("spdxId").asText() : n.path("@id").asText(), n));
    return m;
  }

  /** The licence expression a relationship of {@code type} from {@code from} points to. */
  static String expressionOf(JsonNode doc, String from, String type) {
    Map<String, JsonNode> ids = byId(doc);
    for (JsonNode r : ofType(doc, "Relationship")) {
      if (r.path("from").asText().equals(from)
          && r.path("relationshipType").asText().equals(type)) {
        return ids.get(r.path("to").get(0).asText())
            .path("simplelicensing_licenseExpression")
            .asText();
      }
    }
    return null;
  }

  @Test
  void writesADocumentValidAgainstTheSpdxSchema() throws Exception {
    JsonNode doc = write(ScanFixture.typical(), SpdxReport.DEFAULT_MAX_FILES);
    List<Error> errors = schema.validate(doc);
    assertTrue(errors.isEmpty(), errors.toString());
    assertEquals("https://spdx.org/rdf/3.0.1/spdx-context.jsonld", doc.path("@context").asText());
    ObjectNode broken = doc.deepCopy();
    ((ObjectNode) ofType(broken, "Relationship").get(0)).put("relationshipType", "likes");
    assertFalse(schema.validate(broken).isEmpty(), "the schema check can fail");
  }

  @Test
  void leavesNoReferenceDangling() throws Exception {
    JsonNode doc = write(ScanFixture.typical(), SpdxReport.DEFAULT_MAX_FILES);
    Set<String> defined = new HashSet<>(byId(doc).keySet());
    List<String> refs = new ArrayList<>();
    doc.path("@graph")
        .forEach(
            n -> {
              refs.add(n.path("from").asText(null));
              n.path("to").forEach(t -> refs.add(t.asText()));
              n.path("element").forEach(t -> refs.add(t.asText()));
              n.path("rootElement").forEach(t -> refs.add(t.asText()));
              n.path("simplelicensing_customIdToUri")
                  .forEach(e -> refs.add(e.path("value").asText()));
              refs.add(n.path("creationInfo").asText(null));
            });
    refs.removeIf(r -> r == null || r.startsWith("http://spdx.org/licenses/"));
    assertFalse(refs.isEmpty());
    for (String r : refs) {
      assertTrue(defined.contains(r), "dangling reference " + r);
    }
  }

  @Test
  void declaresTheManifestLicenceAndConcludesEveryLicenceFound() throws Exception {
    JsonNode doc = write(ScanFixture.typical(), SpdxReport.DEFAULT_MAX_FILES);
    JsonNode dataset =
        ofType(doc, "dataset_DatasetPackage").stream()
            .filter(p -> p.path("summary").asText().equals("dataset:cards/README.md"))
            .findFirst()
            .orElseThrow();
    String id = dataset.path("spdxId").asText();
    assertEquals("MIT", expressionOf(doc, id, "hasDeclaredLicense"));
    assertEquals("CC-BY-NC-4.0 AND MIT", expressionOf(doc, id, "hasConcludedLicense"));
    assertTrue(
        dataset.path("comment").asText().contains("Conflict: declared MIT but CC-BY-NC-4.0"));
    assertEquals("data", dataset.path("software_primaryPurpose").asText());
    assertEquals("text", dataset.path("dataset_datasetType").get(0).asText());
    JsonNode license =
        ofType(doc, "software_File").stream()
            .filter(f -> f.path("name").asText().equals("cards/LICENSE"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "CC-BY-NC-4.0", expressionOf(doc, license.path("spdxId").asText(), "hasDeclaredLicense"));
    assertEquals(
        "CC-BY-NC-4.0 AND MIT",
        expressionOf(doc, license.path("spdxId").asText(), "hasConcludedLicense"));
    assertEquals("sha256", license.path("verifiedUsing").get(0).path("algorithm").asText());
    assertEquals("ab".repeat(32), license.path("verifiedUsing").get(0).path("hashValue").asText());
  }

  @Test
  void carriesTheNamesOfLicencesOffTheSpdxList() throws Exception {
    ScanFixture scan =
        new ScanFixture()
            .add(
                record(
                    "model/LICENSE",
                    "folder:model",
                    null,
                    List.of(
                        licence(
                            "LicenseRef-llama3",
                            "Llama 3 Community License",
                            "model",
                            "mau-threshold"),
                        licence("bigscience-openrail-m", "BigScience OpenRAIL-M", "model", null)),
                    OptOut.NONE,
                    List.of(),
                    null,
                    List.of()));
    JsonNode doc = write(scan, SpdxReport.DEFAULT_MAX_FILES);
    assertTrue(schema.validate(doc).isEmpty(), schema.validate(doc).toString());
    Map<String, String> names = new HashMap<>();
    ofType(doc, "simplelicensing_SimpleLicensingText")
        .forEach(
            t ->
                names.put(
                    t.path("spdxId").asText().replaceAll(".*#", ""), t.path("name").asText()));
    assertEquals(
        Map.of(
            "LicenseRef-llama3", "Llama 3 Community License",
            "LicenseRef-bigscience-openrail-m", "BigScience OpenRAIL-M"),
        names);
    JsonNode expr =
        ofType(doc, "simplelicensing_LicenseExpression").stream()
            .filter(e -> e.path("simplelicensing_licenseExpression").asText().contains("llama3"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "LicenseRef-bigscience-openrail-m AND LicenseRef-llama3",
        expr.path("simplelicensing_licenseExpression").asText());
    assertEquals(2, expr.path("simplelicensing_customIdToUri").size());
  }

  @Test
  void listsAtMostTheCapOfFilesThoseWithLicencesFirstAndSaysSo() throws Exception {
    ScanFixture scan = new ScanFixture();
    for (int i = 0; i < 30; i++) {
      scan.add(
          record(
              "docs/f" + i + ".txt",
              "folder:docs",
              null,
              i % 6 == 5 ? List.of(licence("MIT", "MIT License", "permissive", null)) : List.of(),
              OptOut.NONE,
              List.of(),
              null,
              List.of()));
    }
    JsonNode doc = write(scan, 10);
    List<JsonNode> files = ofType(doc, "software_File");
    assertEquals(10, files.size());
    Set<String> names = new HashSet<>();
    files.forEach(f -> names.add(f.path("name").asText()));
    for (int i = 5; i < 30; i += 6) {
      assertTrue(names.contains("docs/f" + i + ".txt"), "licensed file " + i + " listed");
    }
    JsonNode document = ofType(doc, "SpdxDocument").get(0);
    assertTrue(document.path("comment").asText().contains("Files listed: 10 of 30"));
    JsonNode contains =
        ofType(doc, "Relationship").stream()
            .filter(r -> r.path("relationshipType").asText().equals("contains"))
            .findFirst()
            .orElseThrow();
    assertEquals("incomplete", contains.path("completeness").asText());
    assertEquals(10, contains.path("to").size());
    assertTrue(schema.validate(doc).isEmpty());
  }
}
