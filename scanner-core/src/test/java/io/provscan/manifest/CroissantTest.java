package io.provscan.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.internal.Json;
import io.provscan.provenance.DataSource;
import io.provscan.testing.RealWorld;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CroissantTest {
  @TempDir Path dir;

  static Manifest read(String json) throws Exception {
    JsonNode node = Json.mapper().readTree(json);
    ManifestFile f = new ManifestFile("/corpus", "corpus", "ds/croissant.json");
    return Croissant.read(f, node, LicenseNormalizer.builtIn());
  }

  @RealWorld
  @Test
  void readsDicesWithItsRaiFieldsAndRemoteRepository() {
    Manifest m = Finders.real("croissant/dices-350.croissant-1.0.json");
    DataSource s = m.source();
    assertEquals(Manifest.CROISSANT, m.format());
    assertEquals("DICES-350_dataset", s.name());
    assertEquals(List.of("CC-BY-SA-4.0"), s.declaredLicenses());
    @SuppressWarnings("unchecked")
    Map<String, Object> rai = (Map<String, Object>) s.facts().get("rai");
    assertTrue(((String) rai.get("dataCollection")).contains("8K multi-turn conversation"));
    assertTrue(rai.containsKey("annotatorDemographics"));
    assertTrue(rai.containsKey("dataBiases"));
    assertTrue(m.files().isEmpty(), "the git repository and its file set are remote");
    assertTrue(m.patterns().isEmpty());
    assertTrue(s.problems().isEmpty(), s.problems().toString());
  }

  @RealWorld
  @Test
  void readsTitanicsThreeLocalFilesWithTheirChecksums() {
    Manifest m = Finders.real("croissant/titanic.croissant-1.0.json");
    assertEquals(List.of("AFL-3.0"), m.source().declaredLicenses());
    assertEquals(
        List.of(
            "croissant/data/titanic.csv",
            "croissant/data/genders.csv",
            "croissant/data/embarkation_ports.csv"),
        m.files().stream().map(ListedFile::path).toList());
    ListedFile first = m.files().get(0);
    assertEquals("sha256", first.checksum().algorithm());
    assertEquals(
        "c617db2c7470716250f6f001be51304c76bcc8815527ab8bae734bdca0735737", first.checksum().hex());
    assertEquals(117743L, first.size());
  }

  @RealWorld
  @Test
  void readsSquadV2sLicenceUrlAndLineageAndIgnoresTheUrlInItsSha256() {
    Manifest m = Finders.real("croissant/squad_v2.croissant-1.1.json");
    DataSource s = m.source();
    assertEquals(List.of("CC-BY-SA-4.0"), s.declaredLicenses());
    assertEquals(
        List.of("https://huggingface.co/datasets/rajpurkar/squad"), s.facts().get("derivedFrom"));
    assertEquals(List.of("http://mlcommons.org/croissant/1.1"), s.facts().get("conformsTo"));
    assertTrue(s.problems().isEmpty(), "a remote repository's checksum is not judged");
  }

  @Test
  void matchesRaiKeysWithoutRegardToCaseOrTheSpecsSpellingDrift() throws Exception {
    Manifest m =
        read(
            "{\"name\": \"x\", \"RAI:DataCollectionTimeFrame\": \"2020\","
                + " \"rai:annotatorsDemographics\": \"students\", \"rai:useCases\": \"research\","
                + " \"http://mlcommons.org/croissant/RAI/personalSensitiveInformation\": [\"names\", \"emails\"],"
                + " \"rai:somethingNew\": \"kept\"}");
    @SuppressWarnings("unchecked")
    Map<String, Object> rai = (Map<String, Object>) m.source().facts().get("rai");
    assertEquals("2020", rai.get("dataCollectionTimeframe"));
    assertEquals("students", rai.get("annotatorDemographics"));
    assertEquals("research", rai.get("dataUseCases"));
    assertEquals("names\nemails", rai.get("personalSensitiveInformation"));
    assertEquals("kept", rai.get("somethingNew"));
  }

  @Test
  void checksumsOfTheWrongLengthAreProblemsAndNotChecked() throws Exception {
    Manifest m =
        read(
            "{\"license\": \"mit\", \"distribution\": ["
                + "{\"@type\": \"cr:FileObject\", \"@id\": \"a\", \"contentUrl\": \"a.csv\","
                + " \"sha256\": \"0123456789abcdef0123456789abcdef\"},"
                + "{\"@type\": \"cr:FileObject\", \"@id\": \"b\", \"contentUrl\": \"b.csv\","
                + " \"sha256\": \"sha256\"}]}");
    assertNull(m.files().get(0).checksum());
    assertNull(m.files().get(1).checksum());
    List<String> problems = m.source().problems();
    assertTrue(problems.get(0).contains("32 hex digits, not 64"), problems.toString());
    assertTrue(problems.get(1).contains("not hexadecimal"), problems.toString());
  }

  @Test
  void aFileInALocalArchiveIsThatArchivesMember() throws Exception {
    Manifest m =
        read(
            "{\"license\": {\"@type\": \"sc:CreativeWork\", \"url\":"
                + " \"https://creativecommons.org/licenses/by/4.0/\"}, \"distribution\": ["
                + "{\"@type\": \"cr:FileObject\", \"@id\": \"zip\", \"contentUrl\": \"data.zip\","
                + " \"encodingFormat\": \"application/zip\"},"
                + "{\"@type\": \"cr:FileObject\", \"@id\": \"t\", \"contentUrl\": \"train.csv\","
                + " \"containedIn\": {\"@id\": \"zip\"}},"
                + "{\"@type\": \"cr:FileSet\", \"@id\": \"imgs\", \"containedIn\": {\"@id\": \"zip\"},"
                + " \"includes\": \"images/*.jpg\"},"
                + "{\"@type\": \"cr:FileSet\", \"@id\": \"local\", \"includes\": \"['shards/*.csv', 'x/*.tsv']\"}]}");
    assertEquals(List.of("CC-BY-4.0"), m.source().declaredLicenses());
    assertEquals(
        List.of("ds/data.zip", "ds/data.zip!/train.csv"),
        m.files().stream().map(ListedFile::path).toList());
    assertEquals(
        List.of("ds/data.zip!/images/*.jpg", "ds/shards/*.csv", "ds/x/*.tsv"),
        m.patterns().stream().map(FilePattern::glob).toList());
  }

  @Test
  void aMalformedCroissantFileIsASourceWithAProblem() throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("croissant.json"),
            "{\"name\": \"x\", \"license\": ",
            StandardCharsets.UTF_8);
    Manifest m = Finders.finder().read(dir, "croissant.json", f).orElseThrow();
    assertTrue(m.source().problems().get(0).startsWith("croissant.json is not valid JSON"));
    assertEquals(DataSource.DATASET, m.source().kind());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "{\"conformsTo\": \"http://mlcommons.org/croissant/1.0\"}; true",
        "{\"dct:conformsTo\": \"http://mlcommons.org/croissant/1.1\"}; true",
        "{\"@context\": {\"cr\": \"http://mlcommons.org/croissant/\"}}; true",
        "{\"name\": \"some metadata\", \"url\": \"https://example.org\"}; false",
      })
  void aMetadataJsonIsCroissantOnlyWhenItSaysSo(String json, boolean croissant) throws Exception {
    Path f = Files.writeString(dir.resolve("metadata.json"), json, StandardCharsets.UTF_8);
    assertEquals(croissant, Finders.finder().read(dir, "metadata.json", f).isPresent());
    assertEquals(croissant, Croissant.isCroissant(Json.mapper().readTree(json)));
  }

  @Test
  void aBrokenMetadataJsonIsNotAManifest() throws Exception {
    Path f = Files.writeString(dir.resolve("metadata.json"), "{oops", StandardCharsets.UTF_8);
    assertFalse(Finders.finder().read(dir, "metadata.json", f).isPresent());
  }
}
