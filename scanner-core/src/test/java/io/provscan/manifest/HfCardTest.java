package io.provscan.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.provenance.DataSource;
import io.provscan.testing.Fixtures;
import io.provscan.testing.RealWorld;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HfCardTest {
  static final ManifestFile CARD = new ManifestFile("/corpus", "corpus", "ds/README.md");

  static Manifest card(String yaml) {
    return card(("---\n" + yaml + "\n---\n# Card\n").getBytes(StandardCharsets.UTF_8));
  }

  static Manifest card(byte[] bytes) {
    return HfCard.read(CARD, bytes, LicenseNormalizer.builtIn()).orElseThrow();
  }

  static Manifest real(String name) throws Exception {
    ManifestFile f = new ManifestFile("/corpus", "corpus", "hf/" + name);
    byte[] bytes = Files.readAllBytes(Fixtures.realWorld("manifests/hf", name));
    return HfCard.read(f, bytes, LicenseNormalizer.builtIn()).orElseThrow();
  }

  /**
   * The legacy plural key's {@code other-<name>} and {@code unknown} give the ids of today's keys.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "licenses: [other-c-uda]; license: other\\nlicense_name: c-uda; C-UDA-1.0",
        "licenses:\\n- other-my-lab-terms; license: other\\nlicense_name: my-lab-terms;"
            + " LicenseRef-my-lab-terms",
        "licenses: [unknown]; license: unknown; NOASSERTION",
        "licenses: [unknown-license]; license: unknown; NOASSERTION",
        "licenses: [other-llama2]; license: other\\nlicense_name: llama2; LicenseRef-llama2",
      })
  void legacyAndCurrentEncodingsOfOneLicenceGiveOneId(String legacy, String current, String id) {
    String pretty = "\npretty_name: X";
    assertEquals(
        List.of(id), card(legacy.replace("\\n", "\n") + pretty).source().declaredLicenses());
    assertEquals(
        List.of(id), card(current.replace("\\n", "\n") + pretty).source().declaredLicenses());
  }

  @Test
  void aFrontMatterThatNeverClosesIsAProblemNotSilence() {
    byte[] bytes =
        "---\nlicense: mit\npretty_name: Open\n# Open\nNo closing line.\n"
            .getBytes(StandardCharsets.UTF_8);
    DataSource s = card(bytes).source();
    assertEquals(1, s.problems().size(), s.problems().toString());
    assertTrue(s.problems().get(0).contains("never closes"), s.problems().toString());
    assertTrue(
        HfCard.read(
                CARD,
                "---\n\nA page under a rule.\n".getBytes(StandardCharsets.UTF_8),
                LicenseNormalizer.builtIn())
            .isEmpty(),
        "a markdown rule over prose is no card");
  }

  /** The six real cards: their declared licences, as SPDX ids, and the problems they raise. */
  @RealWorld
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "squad.README.md; SQuAD; CC-BY-4.0; 0",
        "imagenet-1k.README.md; ImageNet; LicenseRef-imagenet-agreement; 0",
        "the_pile.README.md; The Pile; LicenseRef-other; 1",
        "bookcorpus.README.md; BookCorpus; NOASSERTION; 0",
        "c4.README.md; C4; ODC-By-1.0; 0",
        "wikipedia.README.md; Wikipedia; CC-BY-SA-3.0 gfdl; 1",
      })
  void readsTheRealCards(String file, String name, String licenses, int problems) throws Exception {
    DataSource s = real(file).source();
    assertEquals(DataSource.DATASET, s.kind());
    assertEquals(name, s.name());
    assertEquals(List.of(licenses.split(" ")), s.declaredLicenses());
    assertEquals(problems, s.problems().size(), s.problems().toString());
    assertEquals("dataset:corpus/hf/" + file, s.id());
  }

  @RealWorld
  @Test
  void keepsTheGatePromptOfImageNetWithItsTerms() throws Exception {
    Map<String, Object> facts = real("imagenet-1k.README.md").source().facts();
    assertEquals(true, facts.get("gated"));
    assertTrue(((String) facts.get("gatePrompt")).contains("non-commercial research"));
    assertEquals("imagenet-agreement", facts.get("licenseDetails"));
  }

  @RealWorld
  @Test
  void readsLegacyConfigsGivenAsNames() throws Exception {
    Map<String, Object> facts = real("wikipedia.README.md").source().facts();
    List<?> configs = (List<?>) facts.get("configs");
    assertEquals("20220301.aa", configs.get(0));
    assertEquals(Draft.MAX_FACT_ENTRIES, configs.size(), "list facts are bounded");
  }

  @Test
  void readsTheLegacyPluralLicences() {
    assertEquals(List.of("MIT"), card("licenses:\n- mit").source().declaredLicenses());
  }

  @Test
  void prefersTheSingularKeyOverTheLegacyOne() {
    Manifest m = card("license: apache-2.0\nlicenses: [mit]");
    assertEquals(List.of("Apache-2.0"), m.source().declaredLicenses());
  }

  @Test
  void readsALicenceListInOrder() {
    Manifest m = card("license:\n- cc-by-nc-4.0\n- llama2");
    assertEquals(List.of("CC-BY-NC-4.0", "LicenseRef-llama2"), m.source().declaredLicenses());
  }

  @Test
  void namesOtherByItsLicenseName() {
    Manifest m =
        card(
            "license: other\nlicense_name: coqui public model license\n"
                + "license_link: https://coqui.ai/cpml");
    assertEquals(List.of("LicenseRef-coqui-public-model-license"), m.source().declaredLicenses());
    assertEquals("https://coqui.ai/cpml", m.source().facts().get("licenseLink"));
    assertTrue(m.source().problems().isEmpty(), m.source().problems().toString());
  }

  @Test
  void otherWithoutANameIsAProblem() {
    Manifest m = card("license: other\nlicense_details: Terms are in the paper's appendix.");
    assertEquals(List.of(LicenseRefs.OTHER), m.source().declaredLicenses());
    assertTrue(m.source().problems().get(0).contains("without a license_name"));
  }

  @Test
  void aMalformedFrontMatterIsAProblemNotACrash() {
    Manifest m = card("license: [mit\npretty_name: Broken");
    assertEquals(1, m.source().problems().size());
    assertTrue(m.source().problems().get(0).startsWith("malformed YAML front matter in README.md"));
    assertTrue(m.source().declaredLicenses().isEmpty());
  }

  @Test
  void aModelCardIsAModelSourceWithItsLineage() {
    Manifest m =
        card(
            "license: llama3\nbase_model:\n- meta-llama/Meta-Llama-3-8B\n"
                + "datasets:\n- HuggingFaceFW/fineweb\npipeline_tag: text-generation");
    DataSource s = m.source();
    assertEquals(DataSource.MODEL, s.kind());
    assertTrue(s.id().startsWith("model:"));
    assertEquals(List.of("meta-llama/Meta-Llama-3-8B"), s.facts().get("baseModel"));
    assertEquals(List.of("HuggingFaceFW/fineweb"), s.facts().get("datasets"));
  }

  @Test
  void listsDataFilesAsFilesAndPatternsRelativeToTheCard() {
    Manifest m =
        card(
            "license: mit\nconfigs:\n- config_name: default\n  data_files:\n"
                + "  - split: train\n    path: data/train-*.parquet\n"
                + "  - split: test\n    path: [data/test.csv]\n"
                + "- config_name: extra\n  data_files: extra.jsonl\n"
                + "- config_name: remote\n  data_files: hf://datasets/x/y/z.csv");
    assertEquals(
        List.of("ds/data/test.csv", "ds/extra.jsonl"),
        m.files().stream().map(ListedFile::path).toList());
    assertEquals(List.of("MIT"), m.files().get(0).licenses());
    assertEquals(
        List.of("ds/data/train-*.parquet"), m.patterns().stream().map(FilePattern::glob).toList());
    assertEquals(List.of("default", "extra", "remote"), m.source().facts().get("configs"));
  }

  @Test
  void readsGatingFields() {
    Manifest m =
        card(
            "license: other\nlicense_name: terms\nextra_gated_prompt: Agree to the terms\n"
                + "extra_gated_fields:\n  Company: text\n  I agree: checkbox\n"
                + "extra_gated_eu_disallowed: true");
    Map<String, Object> f = m.source().facts();
    assertEquals(true, f.get("gated"));
    assertEquals("Agree to the terms", f.get("gatePrompt"));
    assertEquals(List.of("Company", "I agree"), f.get("gateFields"));
    assertEquals(true, f.get("gateEuDisallowed"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "# Just a readme\nNo front matter.",
        "---\nlayout: post\ntitle: A blog page\n---\nbody",
        "---\n---\nempty front matter",
      })
  void aReadmeWithoutCardKeysIsNotACard(String text) {
    String t = text.replace("\\n", "\n");
    assertFalse(
        HfCard.read(CARD, t.getBytes(StandardCharsets.UTF_8), LicenseNormalizer.builtIn())
            .isPresent());
  }

  @Test
  void acceptsAByteOrderMarkAndWindowsLineEnds() {
    byte[] bytes =
        "\uFEFF---\r\nlicense: mit\r\npretty_name: Win\r\n---\r\n".getBytes(StandardCharsets.UTF_8);
    Manifest m = card(bytes);
    assertEquals(List.of("MIT"), m.source().declaredLicenses());
    assertEquals("Win", m.source().name());
  }

  /** Jackson reports a YAML alias as its name and never expands it: the bomb stays small. */
  @Test
  void aBillionLaughsCardCostsNothing() {
    StringBuilder yaml = new StringBuilder("license: mit\na: &a [x,x,x,x,x,x,x,x,x,x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [");
      yaml.append(("*" + p + ",").repeat(9)).append('*').append(p).append("]\n");
    }
    Manifest m = card(yaml.toString());
    assertEquals(List.of("MIT"), m.source().declaredLicenses());
    assertTrue(m.source().problems().isEmpty(), m.source().problems().toString());
  }
}
