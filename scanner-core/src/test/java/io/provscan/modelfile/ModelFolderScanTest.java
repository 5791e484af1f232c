package io.provscan.modelfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.internal.Json;
import io.provscan.scan.ScanOptions;
import io.provscan.scan.ScanOptionsBuilder;
import io.provscan.scan.Scanner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model folder through a whole scan: card, weights, licence file and config weighed together. */
class ModelFolderScanTest {
  @TempDir Path corpus;
  @TempDir Path out;

  private Path folder(String cardLicense) throws Exception {
    Path model = Files.createDirectories(corpus.resolve("tiny-llama"));
    Files.writeString(
        model.resolve("README.md"),
        "---\nlicense: "
            + cardLicense
            + "\nbase_model: meta-llama/Llama-2-7b\npipeline_tag: text-generation\n---\n# Tiny\n");
    Files.write(model.resolve("model.gguf"), GgufWriter.llamaFineTune(100));
    Files.writeString(
        model.resolve("config.json"),
        "{\"_name_or_path\":\"meta-llama/Llama-2-7b-hf\",\"architectures\":[\"LlamaForCausalLM\"]}",
        StandardCharsets.UTF_8);
    return model;
  }

  @Test
  void cardAndWeightsThatDisagreeAreAConflict() throws Exception {
    folder("apache-2.0");
    scan(ScanOptions.builder());
    JsonNode f = summary().get("models").get("folders").get(0);
    assertEquals("conflict", f.get("agreement").asText(), f.toString());
    assertEquals("Apache-2.0", f.get("card").get(0).asText());
    JsonNode w = f.get("weights").get(0);
    assertEquals("LicenseRef-llama2", w.get("licenses").get(0).asText());
    assertEquals("OpenAssistant/oasst1", w.get("datasets").get(0).asText());
    assertTrue(w.get("baseModels").toString().contains("Llama 2 7b"), w.toString());
    assertTrue(f.get("hints").toString().contains("_name_or_path = meta-llama/Llama-2-7b-hf"));
    assertTrue(
        f.get("conflicts").get(0).asText().contains("the weights declare LicenseRef-llama2"));
  }

  @Test
  void cardAndWeightsThatNameTheSameLicenceAgree() throws Exception {
    folder("llama2");
    Map<String, JsonNode> items = scan(ScanOptions.builder());
    assertEquals("agree", summary().get("models").get("folders").get(0).get("agreement").asText());
    JsonNode gguf = items.get("tiny-llama/model.gguf");
    assertEquals("declared", gguf.get("licenses").get(0).get("basis").asText());
    assertEquals(
        "GGUF general.license: llama2", gguf.get("licenses").get(0).get("evidence").asText());
  }

  @Test
  void aWeightsFileOverTheSizeLimitIsHashedAndItsHeaderStillRead() throws Exception {
    folder("llama2");
    Map<String, JsonNode> items = scan(ScanOptions.builder().maxItemSize(1000));
    JsonNode gguf = items.get("tiny-llama/model.gguf");
    assertEquals("ok", gguf.get("status").asText(), gguf.toString());
    assertEquals(64, gguf.get("sha256").asText().length());
    assertEquals("llama2", gguf.get("metadata").get("gguf:general.license").get(0).asText());
  }

  @Test
  void aScanWithoutModelFilesHasNoModelsSection() throws Exception {
    Files.writeString(corpus.resolve("a.txt"), "hello");
    scan(ScanOptions.builder());
    assertTrue(summary().path("models").isMissingNode() || summary().get("models").isNull());
  }

  private JsonNode summary() throws Exception {
    return Json.mapper().readTree(out.resolve(Scanner.SUMMARY).toFile());
  }

  private Map<String, JsonNode> scan(ScanOptionsBuilder options) throws Exception {
    new Scanner(options.root(corpus).out(out).index(false).pii(false).build()).run();
    Map<String, JsonNode> m = new HashMap<>();
    for (String line : Files.readAllLines(out.resolve("items.jsonl"))) {
      JsonNode n = Json.mapper().readTree(line);
      m.put(n.get("path").asText(), n);
    }
    return m;
  }
}
