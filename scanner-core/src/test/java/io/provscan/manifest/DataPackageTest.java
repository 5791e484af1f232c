package io.provscan.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.internal.Json;
import io.provscan.testing.RealWorld;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataPackageTest {
  static Manifest read(String json) throws Exception {
    JsonNode node = Json.mapper().readTree(json);
    ManifestFile f = new ManifestFile("/corpus", "corpus", "pkg/datapackage.json");
    return DataPackage.read(f, node, LicenseNormalizer.builtIn());
  }

  @RealWorld
  @Test
  void readsTheRealGdpPackageWithItsOpenDefinitionLicence() {
    Manifest m = Finders.real("frictionless/gdp.datapackage.json");
    assertEquals(Manifest.FRICTIONLESS, m.format());
    assertEquals(List.of("PDDL-1.0"), m.source().declaredLicenses());
    assertEquals("Country, Regional and World GDP (Gross Domestic Product)", m.source().name());
    assertEquals(
        List.of("frictionless/data/top-economies.csv", "frictionless/data/gdp.csv"),
        m.files().stream().map(ListedFile::path).toList());
    assertEquals(List.of("PDDL-1.0"), m.files().get(1).licenses());
    assertEquals(List.of("World Bank and OECD"), m.source().facts().get("sources"));
  }

  @Test
  void aResourcesOwnLicenceOverridesThePackages() throws Exception {
    Manifest m =
        read(
            "{\"licenses\": [{\"name\": \"ODC-PDDL-1.0\"}], \"resources\": ["
                + "{\"name\": \"a\", \"path\": \"a.csv\"},"
                + "{\"name\": \"b\", \"path\": \"b.csv\", \"licenses\": [{\"name\": \"CC-BY-4.0\"}]}]}");
    assertEquals(List.of("PDDL-1.0", "CC-BY-4.0"), m.source().declaredLicenses());
    assertEquals(List.of("PDDL-1.0"), m.files().get(0).licenses());
    assertEquals(List.of("CC-BY-4.0"), m.files().get(1).licenses());
  }

  @Test
  void thePackagesLicenceIsNotDeclaredWhenEveryResourceOverridesIt() throws Exception {
    Manifest m =
        read(
            "{\"licenses\": [{\"name\": \"ODC-PDDL-1.0\"}], \"resources\": ["
                + "{\"path\": \"b.csv\", \"licenses\": [{\"name\": \"CC-BY-NC-4.0\"}]}]}");
    assertEquals(List.of("CC-BY-NC-4.0"), m.source().declaredLicenses());
  }

  @Test
  void readsLegacyLicencesAndResourceUrls() throws Exception {
    Manifest m =
        read(
            "{\"licenses\": [{\"type\": \"odc-pddl\", \"url\": \"http://opendatacommons.org/licenses/pddl/\"}],"
                + " \"resources\": [{\"url\": \"data/codes.csv\"}]}");
    assertEquals(List.of("PDDL-1.0"), m.source().declaredLicenses());
    assertEquals("pkg/data/codes.csv", m.files().get(0).path());
  }

  @Test
  void aLicencePathWinsOverANameItDoesNotKnow() throws Exception {
    Manifest m =
        read(
            "{\"licenses\": [{\"name\": \"Attribution 4.0\", \"path\":"
                + " \"https://creativecommons.org/licenses/by/4.0/\"}], \"resources\": []}");
    assertEquals(List.of("CC-BY-4.0"), m.source().declaredLicenses());
    assertTrue(m.source().problems().isEmpty());
  }

  @ParameterizedTest
  @CsvSource({
    "d41d8cd98f00b204e9800998ecf8427e, md5, d41d8cd98f00b204e9800998ecf8427e",
    "sha1:DA39A3EE5E6B4B0D3255BFEF95601890AFD80709, sha1, da39a3ee5e6b4b0d3255bfef95601890afd80709",
    "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855, sha256,"
        + " e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  })
  void readsHashesAsMd5OrAlgorithmColonHex(String hash, String algorithm, String hex)
      throws Exception {
    Manifest m = read("{\"resources\": [{\"path\": \"a.csv\", \"hash\": \"" + hash + "\"}]}");
    Checksum c = m.files().get(0).checksum();
    assertEquals(algorithm, c.algorithm());
    assertEquals(hex.strip(), c.hex());
  }

  @Test
  void aMalformedHashIsAProblem() throws Exception {
    Manifest m =
        read("{\"resources\": [{\"name\": \"a\", \"path\": \"a.csv\", \"hash\": \"sha3:zz\"}]}");
    assertNull(m.files().get(0).checksum());
    assertTrue(m.source().problems().get(0).contains("unknown checksum algorithm 'sha3'"));
  }

  @Test
  void remotePathsAreNotExpectedInTheScan() throws Exception {
    Manifest m =
        read(
            "{\"resources\": [{\"path\": [\"https://example.org/a.csv\", \"https://example.org/b.csv\"]},"
                + " {\"path\": \"../../outside.csv\"}]}");
    assertTrue(m.files().isEmpty());
  }

  @Test
  void aPackageWithoutResourcesIsAProblem() throws Exception {
    Manifest m = read("{\"name\": \"empty\"}");
    assertTrue(m.source().problems().get(0).contains("has no resources"));
  }
}
