package io.provscan.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.internal.Hashing;
import io.provscan.internal.Json;
import io.provscan.scan.Capabilities;
import io.provscan.scan.ScanOptions;
import io.provscan.scan.ScanOptionsBuilder;
import io.provscan.scan.Scanner;
import io.provscan.testing.Corpus;
import io.provscan.testing.Fixtures;
import io.provscan.testing.RealWorld;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manifests end to end: through {@link Scanner} into summary.json and items.jsonl. */
class ManifestScanTest {
  @TempDir Path corpus;
  @TempDir Path out;
  String rootName;

  @BeforeEach
  void names() {
    rootName = corpus.getFileName().toString();
  }

  void scan(ScanOptionsBuilder options) throws Exception {
    ScanOptions o = options.out(out).threads(2).build();
    new Scanner(o, Capabilities.of(o)).run();
  }

  Map<String, JsonNode> items() throws IOException {
    Map<String, JsonNode> m = new HashMap<>();
    for (String line : Files.readAllLines(out.resolve(Scanner.ITEMS))) {
      JsonNode n = Json.mapper().readTree(line);
      m.put(n.get("path").asText(), n);
    }
    return m;
  }

  Map<String, JsonNode> sources() throws IOException {
    Map<String, JsonNode> m = new HashMap<>();
    Json.mapper()
        .readTree(out.resolve(Scanner.SUMMARY).toFile())
        .get("sources")
        .forEach(r -> m.put(r.get("id").asText(), r));
    return m;
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** A dataset folder: a card, a Croissant file, a URL list, a file with a wrong checksum. */
  void birds() throws IOException {
    Corpus.text(
        corpus.resolve("birds/README.md"),
        "---\nlicense: cc-by-4.0\npretty_name: Birds\nconfigs:\n- config_name: default\n"
            + "  data_files: data/urls.csv\n---\n# Birds\n");
    Corpus.text(
        corpus.resolve("birds/data/urls.csv"),
        "url,caption,license\nhttps://img.example/1.jpg,A robin,cc-by-4.0\n"
            + "https://img.example/2.jpg,A wren,cc-by-nc-4.0\n");
    Corpus.text(corpus.resolve("birds/data/labels.csv"), "id,label\n1,robin\n");
    Corpus.text(corpus.resolve("birds/notes.txt"), "Collected in spring.");
    String good = sha256(corpus.resolve("birds/data/urls.csv"));
    Corpus.text(
        corpus.resolve("birds/croissant.json"),
        "{\"@context\": {\"cr\": \"http://mlcommons.org/croissant/\"}, \"name\": \"birds\","
            + " \"license\": \"https://creativecommons.org/licenses/by/4.0/\", \"distribution\": ["
            + fileObject("urls", "data/urls.csv", good)
            + ","
            + fileObject("labels", "data/labels.csv", "0".repeat(64))
            + ","
            + fileObject("gone", "data/gone.csv", "1".repeat(64))
            + "]}");
  }

  static String fileObject(String id, String url, String sha) {
    return "{\"@type\": \"cr:FileObject\", \"@id\": \""
        + id
        + "\", \"contentUrl\": \""
        + url
        + "\", \"encodingFormat\": \"text/csv\", \"sha256\": \""
        + sha
        + "\"}";
  }

  static String sha256(Path file) throws IOException {
    byte[] b = Files.readAllBytes(file);
    return Hashing.sha256Hex(b, b.length);
  }

  /**
   * A Hugging Face dataset as the Hub ships it: a card and Parquet shards under data/. The rows are
   * items of the card's source, with their own declared licence and detected personal data.
   */
  @Test
  void theRowsOfAHuggingFaceParquetDatasetBelongToItsCard() throws Exception {
    Corpus.text(
        corpus.resolve("news/README.md"),
        "---\nlicense: cc-by-4.0\npretty_name: News\nconfigs:\n- config_name: default\n"
            + "  data_files:\n  - split: train\n    path: data/train-*.parquet\n---\n# News\n");
    ParquetRecordsTest.write(
        corpus.resolve("news/data/train-00000-of-00001.parquet"),
        org.apache.parquet.schema.MessageTypeParser.parseMessageType(
            "message news { optional binary text (STRING); optional binary url (STRING);"
                + " optional int32 rank; optional binary image; }"),
        org.apache.parquet.hadoop.metadata.CompressionCodecName.SNAPPY,
        4,
        1 << 20,
        (i, g) -> {
          g.add("text", i == 3 ? "Write to zhang.wei@example.com for the original." : "News " + i);
          g.add("url", "https://site" + (i % 3) + ".example/page/" + i);
          g.add("rank", i);
        });
    scan(ScanOptions.builder().root(corpus));
    Map<String, JsonNode> items = items();
    String shard = "news/data/train-00000-of-00001.parquet";
    String card = "dataset:" + rootName + "/news/README.md";
    JsonNode row = items.get(shard + "#1");
    assertEquals(card, row.get("source").asText());
    assertEquals("https://site0.example/page/0", row.get("url").asText());
    assertEquals(card, items.get(shard).get("source").asText());
    assertEquals("[\"3\"]", items.get(shard + "#4").get("metadata").get("column:rank").toString());
    String pii = items.get(shard + "#4").get("pii").toString();
    assertTrue(pii.contains("EMAIL_ADDRESS"), pii);
    assertFalse(pii.contains("zhang.wei@example.com"), "masked: " + pii);
    assertEquals(4, sources().get(card).get("items").asInt() - 2, "4 rows, the shard, the card");
  }

  @Test
  void aDatasetFolderBecomesSourcesWithDeclaredLicencesAndProblems() throws Exception {
    birds();
    scan(ScanOptions.builder().root(corpus));
    Map<String, JsonNode> sources = sources();
    String card = "dataset:" + rootName + "/birds/README.md";
    String croissant = "dataset:" + rootName + "/birds/croissant.json";
    JsonNode cardRow = sources.get(card);
    assertEquals("Birds", cardRow.get("name").asText());
    assertEquals(List.of("CC-BY-4.0"), strings(cardRow.get("declaredLicenses")));
    assertEquals("huggingface-card", cardRow.get("facts").get("manifest").asText());
    JsonNode cRow = sources.get(croissant);
    assertEquals(List.of("CC-BY-4.0"), strings(cRow.get("declaredLicenses")));
    List<String> problems = strings(cRow.get("problems"));
    assertTrue(
        problems.contains("listed file 'birds/data/gone.csv' is missing"), problems.toString());
    assertTrue(
        problems.stream()
            .anyMatch(p -> p.startsWith("listed file 'birds/data/labels.csv': sha256 differs")),
        problems.toString());
    assertEquals(2, problems.size(), problems.toString());
    JsonNode counts = cRow.get("facts").get("listedFiles");
    assertEquals(3, counts.get("listed").asInt());
    assertEquals(1, counts.get("verified").asInt());
    assertEquals(1, counts.get("mismatched").asInt());
    assertEquals(1, counts.get("missing").asInt());
  }

  @Test
  void aCardAndACroissantFileThatDisagreeOnTheLicenceAreEachAProblem() throws Exception {
    Corpus.text(corpus.resolve("cats/README.md"), "---\nlicense: mit\n---\n# Cats\n");
    Corpus.text(
        corpus.resolve("cats/croissant.json"),
        "{\"@context\": {\"cr\": \"http://mlcommons.org/croissant/\"}, \"name\": \"cats\","
            + " \"license\": \"https://creativecommons.org/licenses/by-nc/4.0/\"}");
    Corpus.text(corpus.resolve("dogs/README.md"), "---\nlicense: mit\n---\n# Dogs\n");
    Corpus.text(
        corpus.resolve("dogs/datapackage.json"),
        "{\"name\": \"dogs\", \"licenses\": [{\"name\": \"MIT\"}], \"resources\": []}");
    scan(ScanOptions.builder().root(corpus));
    Map<String, JsonNode> sources = sources();
    List<String> card =
        strings(sources.get("dataset:" + rootName + "/cats/README.md").get("problems"));
    assertTrue(
        card.contains(
            "README.md declares MIT but croissant.json in the same folder declares CC-BY-NC-4.0"),
        card.toString());
    List<String> croissant =
        strings(sources.get("dataset:" + rootName + "/cats/croissant.json").get("problems"));
    assertTrue(
        croissant.contains(
            "croissant.json declares CC-BY-NC-4.0 but README.md in the same folder declares MIT"),
        croissant.toString());
    List<String> agreeing =
        strings(sources.get("dataset:" + rootName + "/dogs/README.md").get("problems"));
    assertTrue(agreeing.stream().noneMatch(p -> p.contains("declares")), agreeing.toString());
  }

  @Test
  void itemsBelongToTheirManifestsAndUrlRowsCarryTheirDeclaredLicence() throws Exception {
    birds();
    scan(ScanOptions.builder().root(corpus));
    Map<String, JsonNode> items = items();
    String card = "dataset:" + rootName + "/birds/README.md";
    String croissant = "dataset:" + rootName + "/birds/croissant.json";
    assertEquals(card, items.get("birds/README.md").get("source").asText());
    assertEquals(croissant, items.get("birds/croissant.json").get("source").asText());
    assertEquals(card, items.get("birds/notes.txt").get("source").asText(), "folder claim");
    assertEquals(card, items.get("birds/data/urls.csv").get("source").asText(), "both list it");
    assertEquals(croissant, items.get("birds/data/labels.csv").get("source").asText());
    JsonNode row = items.get("birds/data/urls.csv#2");
    assertEquals(card, row.get("source").asText(), "a row goes where its list goes");
    assertEquals("https://img.example/2.jpg", row.get("url").asText());
    JsonNode license = row.get("licenses").get(0);
    assertEquals("CC-BY-NC-4.0", license.get("spdx").asText());
    assertEquals("declared", license.get("basis").asText());
    assertEquals("license: cc-by-nc-4.0", license.get("evidence").asText(), "as the row writes it");
    assertEquals("non-commercial", license.get("category").asText(), "from the catalogue");
    assertEquals("text/plain", row.get("mediaType").asText(), "the caption, not the JPEG");
    assertEquals("UTF-8", row.get("charset").asText());
    assertEquals("A wren".length(), row.get("chars").asInt());
    assertEquals(2, items.get("birds/data/urls.csv").get("members").asInt());
    JsonNode cardRow = sources().get(card);
    assertEquals(
        List.of("declared CC-BY-4.0 but CC-BY-NC-4.0 found in 1 item"),
        strings(cardRow.get("conflicts")));
  }

  @Test
  void aMalformedManifestIsAProblemOnItsSourceAndTheScanGoesOn() throws Exception {
    Corpus.text(corpus.resolve("pkg/datapackage.json"), "{\"name\": \"pkg\", \"resources\": [");
    Corpus.text(corpus.resolve("pkg/table.csv"), "a,b\n1,2\n");
    Corpus.text(corpus.resolve("card/README.md"), "---\nlicense: [mit\n---\n");
    scan(ScanOptions.builder().root(corpus));
    Map<String, JsonNode> sources = sources();
    JsonNode pkg = sources.get("dataset:" + rootName + "/pkg/datapackage.json");
    assertTrue(
        strings(pkg.get("problems")).get(0).startsWith("datapackage.json is not valid JSON"));
    JsonNode card = sources.get("dataset:" + rootName + "/card/README.md");
    assertTrue(strings(card.get("problems")).get(0).startsWith("malformed YAML front matter"));
    Map<String, JsonNode> items = items();
    assertEquals(
        "dataset:" + rootName + "/pkg/datapackage.json",
        items.get("pkg/table.csv").get("source").asText());
    assertTrue(items.containsKey("pkg/datapackage.json"), "the manifest is still an item");
    assertTrue(items.containsKey("card/README.md"));
  }

  @Test
  void aUrlListOutsideAnyManifestBelongsToItsFolderNotToItsHosts() throws Exception {
    Files.createDirectories(corpus.resolve("web"));
    Corpus.gzip(
        corpus.resolve("web/pages.jsonl.gz"),
        ("{\"url\":\"https://a.example/x\",\"text\":\"one\"}\n"
                + "{\"url\":\"https://b.example/y\",\"text\":\"two\"}\n")
            .getBytes(StandardCharsets.UTF_8),
        null);
    scan(ScanOptions.builder().root(corpus));
    Map<String, JsonNode> items = items();
    String folder = "folder:" + rootName + "/web";
    assertEquals(folder, items.get("web/pages.jsonl.gz#1").get("source").asText());
    assertEquals("https://b.example/y", items.get("web/pages.jsonl.gz#2").get("url").asText());
    Map<String, JsonNode> sources = sources();
    assertFalse(sources.containsKey("host:a.example"));
    assertEquals(3, sources.get(folder).get("items").asInt());
    assertEquals(2, sources.get(folder).get("optOut").get("pages").asInt());
  }

  /** Frictionless hashes are MD5 by default: computed again from the file at the end. */
  @Test
  void checksFrictionlessHashesAndCardGlobs() throws Exception {
    Path a = Corpus.text(corpus.resolve("gdp/data/a.csv"), "country,gdp\nX,1\n");
    Corpus.text(corpus.resolve("gdp/data/b.csv"), "country,gdp\nY,2\n");
    String md5 =
        java.util.HexFormat.of()
            .formatHex(
                java.security.MessageDigest.getInstance("MD5").digest(Files.readAllBytes(a)));
    Corpus.text(
        corpus.resolve("gdp/datapackage.json"),
        "{\"name\": \"gdp\", \"licenses\": [{\"name\": \"ODC-PDDL-1.0\"}], \"resources\": ["
            + "{\"name\": \"a\", \"path\": \"data/a.csv\", \"hash\": \""
            + md5
            + "\"},"
            + "{\"name\": \"b\", \"path\": \"data/b.csv\", \"hash\": \"sha1:"
            + "0".repeat(40)
            + "\", \"licenses\": [{\"name\": \"CC-BY-4.0\"}]}]}");
    Corpus.text(
        corpus.resolve("hub/README.md"),
        "---\nlicense: mit\nconfigs:\n- config_name: default\n  data_files: data/*.parquet\n---\n");
    scan(ScanOptions.builder().root(corpus));
    Map<String, JsonNode> sources = sources();
    JsonNode gdp = sources.get("dataset:" + rootName + "/gdp/datapackage.json");
    assertEquals(List.of("PDDL-1.0", "CC-BY-4.0"), strings(gdp.get("declaredLicenses")));
    List<String> problems = strings(gdp.get("problems"));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("listed file 'gdp/data/b.csv': sha1 differs"));
    assertEquals(1, gdp.get("facts").get("listedFiles").get("verified").asInt());
    JsonNode hub = sources.get("dataset:" + rootName + "/hub/README.md");
    assertEquals(
        List.of("listed pattern 'data/*.parquet' matches no scanned file"),
        strings(hub.get("problems")));
  }

  @Test
  void excludedManifestsAreNotRead() throws Exception {
    birds();
    scan(ScanOptions.builder().root(corpus).excludes(List.of("croissant.json")));
    Map<String, JsonNode> sources = sources();
    assertFalse(sources.containsKey("dataset:" + rootName + "/birds/croissant.json"));
    assertTrue(sources.containsKey("dataset:" + rootName + "/birds/README.md"));
  }

  /** The real manifests, scanned where they lie: every kind becomes a source. */
  @RealWorld
  @Test
  void scansTheRealManifestsIntoSources() throws Exception {
    Path real = Fixtures.realWorld("manifests");
    scan(ScanOptions.builder().root(real).index(false));
    Map<String, JsonNode> sources = sources();
    String base = "dataset:" + real.getFileName() + "/";
    assertEquals(
        List.of("AFL-3.0"),
        strings(
            sources.get(base + "croissant/titanic.croissant-1.0.json").get("declaredLicenses")));
    assertEquals(
        3,
        strings(sources.get(base + "croissant/titanic.croissant-1.0.json").get("problems")).stream()
            .filter(p -> p.endsWith("is missing"))
            .count());
    assertEquals(
        List.of("PDDL-1.0"),
        strings(sources.get(base + "frictionless/gdp.datapackage.json").get("declaredLicenses")));
    assertEquals(
        List.of("CC-BY-SA-3.0", "gfdl"),
        strings(sources.get(base + "hf/wikipedia.README.md").get("declaredLicenses")));
    assertEquals(11, sources.size(), sources.keySet().toString());
    assertEquals(
        base + "hf/squad.README.md", items().get("hf/squad.README.md").get("source").asText());
  }
}
