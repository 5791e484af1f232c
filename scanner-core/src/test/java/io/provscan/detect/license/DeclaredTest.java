package io.provscan.detect.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.detect.LicenseFinding;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Licences an item declares: model cards, package.json, POMs, XMP and rights metadata. */
class DeclaredTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "license: llama2|LicenseRef-llama2",
        "license: llama3.1|LicenseRef-llama3.1",
        "license: apache-2.0|Apache-2.0",
        "license: cc-by-nc-4.0|CC-BY-NC-4.0",
        "license: creativeml-openrail-m|LicenseRef-creativeml-openrail-m",
        "license: other\\nlicense_name: tongyi-qianwen|LicenseRef-tongyi-qianwen",
        "license: other\\nlicense_name: yi-license|LicenseRef-yi-2.1",
        "license: other\\nlicense_name: glm-4|LicenseRef-glm-4",
        "license: gemma|LicenseRef-gemma",
        "license: other\\nlicense_name: my-own-license-1.0|NOASSERTION"
      })
  void modelCardFrontMatterIsDeclared(String yaml, String spdx) {
    String card = "---\n" + yaml.replace("\\n", "\n") + "\nlanguage: en\n---\n# Model\n";
    LicenseFinding f = Detect.only(Detect.all("README.md", card), "declared");
    assertEquals(spdx, f.spdx());
    assertTrue(f.lines() != null && f.lines().start() >= 2, () -> "lines " + f.lines());
  }

  @Test
  void aCardsLicenceLineIsOneDeclarationNotAlsoAReference() {
    List<LicenseFinding> all =
        Detect.all("README.md", "---\nlicense: llama2\n---\n# Llama\nA fine-tune.\n");
    assertEquals(1, all.size(), all::toString);
    assertEquals("declared", all.get(0).basis());
  }

  @Test
  void aCardThatOnlyNamesAModelLicenceCarriesTheCatalogueClauses() {
    LicenseFinding f =
        Detect.only(Detect.all("README.md", "---\nlicense: llama2\n---\n# Llama\n"), "declared");
    Set<String> clauses =
        f.clauses().stream().map(LicenseFinding.Clause::id).collect(Collectors.toSet());
    assertTrue(
        clauses.containsAll(Set.of("mau-threshold", "output-use-restriction")), clauses::toString);
    LicenseFinding.Clause mau =
        f.clauses().stream().filter(c -> c.id().equals("mau-threshold")).findFirst().get();
    assertEquals(700000000, ((Number) mau.value()).intValue());
    assertTrue(mau.evidence().startsWith("catalogue"), mau::toString);
  }

  @Test
  void packageJsonLicenceIsAnExpression() {
    String pkg = "{\n  \"name\": \"x\",\n  \"license\": \"(MIT OR Apache-2.0)\"\n}\n";
    LicenseFinding f = Detect.only(Detect.all("package.json", pkg), "declared");
    assertEquals("MIT OR Apache-2.0", f.spdx());
    assertEquals(3, f.lines().start());
  }

  @Test
  void cargoAndPyprojectDeclareTheLicenceOfTheirPackageTableOnly() {
    String cargo =
        "[package]\nname = \"x\"\nversion = \"0.1.0\"\nlicense = \"MIT OR Apache-2.0\"\n\n"
            + "[dependencies]\nserde = \"1\"\n";
    LicenseFinding f = Detect.only(Detect.all("Cargo.toml", cargo), "declared");
    assertEquals("MIT OR Apache-2.0", f.spdx());
    assertEquals(4, f.lines().start());
    String elsewhere = "[package]\nname = \"x\"\n[badges]\nlicense = \"GPL-3.0\"\n";
    assertEquals(List.of(), Detect.ids(Detect.all("Cargo.toml", elsewhere), "declared"));
    String pyproject = "[project]\nname = \"x\"\nlicense = {text = \"BSD-3-Clause\"}\n";
    assertEquals(
        List.of("BSD-3-Clause"), Detect.ids(Detect.all("pyproject.toml", pyproject), "declared"));
  }

  @Test
  void pythonCoreMetadataDeclaresItsExpressionOrAShortLicenceField() {
    String modern =
        "Metadata-Version: 2.4\nName: x\nLicense-Expression: Apache-2.0\nLicense: MIT\n\nbody\n";
    assertEquals(List.of("Apache-2.0"), Detect.ids(Detect.all("PKG-INFO", modern), "declared"));
    String older = "Metadata-Version: 2.1\nName: x\nLicense: MIT\nSummary: y\n\nLicense: GPL\n";
    LicenseFinding f = Detect.only(Detect.all("METADATA", older), "declared");
    assertEquals("MIT", f.spdx());
    assertEquals(3, f.lines().start());
    String unknown = "Metadata-Version: 2.1\nName: x\nLicense: UNKNOWN\n\n";
    assertEquals(List.of(), Detect.ids(Detect.all("PKG-INFO", unknown), "declared"));
    String bazel = "name: \"x\"\nLicense: MIT\n";
    assertEquals(List.of(), Detect.ids(Detect.all("METADATA", bazel), "declared"), "not Python's");
  }

  @Test
  void pomLicenceNamesAndUrlsAreDeclared() {
    String pomText =
        "4.0.0 a b\n\n  The Apache Software License, Version 2.0\n"
            + "  https://www.apache.org/licenses/LICENSE-2.0.txt\n x\n";
    List<LicenseFinding> found = Detect.all("pom.xml", pomText);
    assertEquals(List.of("Apache-2.0"), Detect.ids(found, "declared"));
  }

  @Test
  void xmpCreativeCommonsLinksAreDeclaredAndFreeTextIsMetadata() {
    Map<String, List<String>> meta =
        Map.of(
            "xmpRights:WebStatement", List.of("https://creativecommons.org/licenses/by-sa/4.0/"),
            "dc:rights", List.of("Photo by A. Person, CC BY-NC 4.0"));
    List<LicenseFinding> found = Detect.all("photo.jpg", "", meta);
    assertEquals(List.of("CC-BY-SA-4.0"), Detect.ids(found, "declared"));
    assertEquals(List.of("CC-BY-NC-4.0"), Detect.ids(found, "metadata"));
  }
}
