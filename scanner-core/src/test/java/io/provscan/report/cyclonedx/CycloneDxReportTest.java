package io.provscan.report.cyclonedx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.provscan.internal.Json;
import io.provscan.provenance.DataSource;
import io.provscan.report.render.ProvenanceReports;
import io.provscan.testing.ScanFixture;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** provenance.cdx.json: valid CycloneDX 1.6, and the same sources and licences as the SPDX. */
class CycloneDxReportTest {
  @TempDir Path out;

  private JsonNode render(ScanFixture fixture) throws Exception {
    fixture.write(out);
    ProvenanceReports.render(out);
    return Json.mapper().readTree(out.resolve(CycloneDxReport.FILE).toFile());
  }

  private static ScanFixture withModel() {
    DataSource model =
        new DataSource(
            "model:m/README.md",
            DataSource.MODEL,
            "tiny",
            "https://huggingface.co/example/tiny",
            List.of("LicenseRef-llama2"),
            Map.of("baseModel", List.of("meta-llama/Llama-2-7b")),
            List.of());
    return ScanFixture.typical().source(model).add(ScanFixture.item("m/config.json", model.id()));
  }

  @Test
  void validatesAgainstTheCycloneDx16Schema() throws Exception {
    JsonNode bom = render(withModel());
    byte[] bytes = Json.mapper().writeValueAsBytes(bom);
    assertEquals(List.of(), new JsonParser().validate(bytes, Version.VERSION_16));
    assertEquals("CycloneDX", bom.path("bomFormat").asText());
    assertEquals("1.6", bom.path("specVersion").asText());
    assertTrue(bom.path("serialNumber").asText().startsWith("urn:uuid:"));
    for (JsonNode c : bom.path("components")) {
      assertFalse(
          c.path("type").asText().isEmpty() || c.path("name").asText().isEmpty(), c.toString());
    }
    ObjectNode broken = bom.deepCopy();
    ((ObjectNode) broken.path("components").get(0)).put("type", "dataset-of-sorts");
    byte[] bad = Json.mapper().writeValueAsBytes(broken);
    assertFalse(new JsonParser().validate(bad, Version.VERSION_16).isEmpty(), "the check can fail");
  }

  @Test
  void writesDataComponentsWithSensitiveDataAndModelComponentsForModels() throws Exception {
    Map<String, JsonNode> byRef = new HashMap<>();
    render(withModel()).path("components").forEach(c -> byRef.put(c.path("bom-ref").asText(), c));
    JsonNode host = byRef.get("host:news.example");
    assertEquals("data", host.path("type").asText());
    assertEquals("dataset", host.path("data").get(0).path("type").asText());
    assertEquals(
        "EMAIL_ADDRESS ×1", host.path("data").get(0).path("sensitiveData").get(0).asText());
    JsonNode model = byRef.get("model:m/README.md");
    assertEquals("machine-learning-model", model.path("type").asText());
    assertTrue(model.path("data").isMissingNode(), "data is for data components only");
    assertEquals(
        "LicenseRef-llama2", model.path("licenses").get(0).path("license").path("name").asText());
    assertTrue(model.toString().contains("meta-llama/Llama-2-7b"));
  }

  @Test
  void agreesWithTheSpdxDocumentOnSourcesAndLicences() throws Exception {
    JsonNode bom = render(ScanFixture.typical());
    JsonNode spdx = Json.mapper().readTree(out.resolve(ProvenanceReports.SPDX).toFile());
    Map<String, Set<String>> spdxSources = spdxSources(spdx);
    Map<String, Set<String>> cdxSources = new HashMap<>();
    for (JsonNode c : bom.path("components")) {
      Set<String> licences = new TreeSet<>();
      c.path("licenses")
          .forEach(
              l -> {
                JsonNode lic = l.path("license");
                licences.add(lic.has("id") ? lic.path("id").asText() : lic.path("name").asText());
              });
      cdxSources.put(c.path("name").asText(), licences);
    }
    assertEquals(spdxSources, cdxSources);
    assertEquals(Set.of("CC-BY-NC-4.0", "MIT"), cdxSources.get("Cards"));
  }

  /** Each DatasetPackage's name with the ids of its concluded licence expression. */
  private static Map<String, Set<String>> spdxSources(JsonNode doc) {
    Map<String, JsonNode> byId = new HashMap<>();
    doc.path("@graph").forEach(n -> byId.put(n.path("spdxId").asText(), n));
    Map<String, Set<String>> out = new HashMap<>();
    for (JsonNode n : doc.path("@graph")) {
      if (!n.path("type").asText().equals("dataset_DatasetPackage")) {
        continue;
      }
      Set<String> ids = new TreeSet<>();
      for (JsonNode r : doc.path("@graph")) {
        if (r.path("from").asText().equals(n.path("spdxId").asText())
            && r.path("relationshipType").asText().equals("hasConcludedLicense")) {
          String expr =
              byId.get(r.path("to").get(0).asText())
                  .path("simplelicensing_licenseExpression")
                  .asText();
          for (String id : expr.split(" AND | OR |[()]")) {
            if (!id.isBlank() && !id.equals("NOASSERTION")) {
              ids.add(id.trim());
            }
          }
        }
      }
      out.put(n.path("name").asText(), ids);
    }
    return out;
  }
}
