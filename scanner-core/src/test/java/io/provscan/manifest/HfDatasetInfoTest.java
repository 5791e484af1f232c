package io.provscan.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.source.Excludes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code dataset_info.json} of Hugging Face {@code datasets}, read by the pre-pass. The fixture
 * is what {@code Dataset.save_to_disk()} writes for SQuAD ({@code json.dumps(asdict(info))}), cut
 * to the keys provscan reads and a few it does not.
 */
class HfDatasetInfoTest {
  static final String SQUAD =
      """
      {"description": "Stanford Question Answering Dataset (SQuAD) is a reading comprehension dataset.",
       "citation": "@article{2016arXiv160605250R, title={SQuAD}}",
       "homepage": "https://rajpurkar.github.io/SQuAD-explorer/",
       "license": "cc-by-sa-4.0",
       "features": {"id": {"dtype": "string", "_type": "Value"},
                    "question": {"dtype": "string", "_type": "Value"}},
       "post_processed": null, "supervised_keys": null,
       "builder_name": "parquet", "dataset_name": "squad", "config_name": "plain_text",
       "version": {"version_str": "0.0.0", "description": null, "major": 0, "minor": 0, "patch": 0},
       "splits": {"train": {"name": "train", "num_bytes": 79346108, "num_examples": 87599}},
       "download_checksums": null, "download_size": 16278203, "dataset_size": 79346108,
       "size_in_bytes": 95624311}
      """;

  @TempDir Path dir;

  private List<Manifest> find() {
    return Finders.finder().find(List.of(dir));
  }

  private void write(String path, String text) throws IOException {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void aSavedDatasetDeclaresItsLicenceLikeADatasetCard() throws IOException {
    write("squad/train/dataset_info.json", SQUAD);
    write("squad/train/data-00000-of-00001.arrow", "arrow");
    List<Manifest> found = find();
    assertEquals(1, found.size());
    Manifest m = found.get(0);
    assertEquals(HfDatasetInfo.FORMAT, m.format());
    assertEquals(List.of("CC-BY-SA-4.0"), m.source().declaredLicenses());
    assertEquals("squad", m.source().name());
    assertEquals(List.of(), m.source().problems());
    Map<String, Object> facts = m.source().facts();
    assertEquals(HfDatasetInfo.FORMAT, facts.get("manifest"));
    assertEquals("plain_text", facts.get("configName"));
    assertEquals("0.0.0", facts.get("version"));
    assertEquals(List.of("train"), facts.get("splits"));
    assertEquals(List.of("id", "question"), facts.get("features"));
    assertEquals(79346108L, facts.get("datasetSize"));
  }

  @Test
  void theArrowFilesBesideItBelongToItsSource() throws IOException {
    write("squad/train/dataset_info.json", SQUAD);
    Manifests manifests =
        Manifests.find(List.of(dir), Finders.limits(Excludes.none()), LicenseNormalizer.builtIn());
    String root = dir.toAbsolutePath().normalize().toString();
    String id = manifests.registry().assign(root, "squad/train/data-00000-of-00001.arrow", null);
    assertEquals(manifests.all().get(0).source().id(), id);
  }

  @Test
  void aFreeTextLicenceIsKeptAsWrittenAndRaisesAProblem() throws IOException {
    write("dataset_info.json", SQUAD.replace("cc-by-sa-4.0", "Some licence of our own"));
    Manifest m = find().get(0);
    assertEquals(List.of("Some licence of our own"), m.source().declaredLicenses());
    assertTrue(m.source().problems().get(0).contains("Some licence of our own"));
  }

  @Test
  void mergedLicencesAreEachDeclaredAndAnEmptyOneDeclaresNothing() throws IOException {
    write("a/dataset_info.json", SQUAD.replace("cc-by-sa-4.0", "mit\\n\\napache-2.0\\n\\nmit"));
    write("b/dataset_info.json", SQUAD.replace("cc-by-sa-4.0", ""));
    List<Manifest> found = find();
    assertEquals(List.of("MIT", "Apache-2.0"), found.get(0).source().declaredLicenses());
    assertEquals(List.of(), found.get(1).source().declaredLicenses());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"name\": \"mnist\", \"configName\": \"mnist\", \"splits\": [{\"name\": \"train\"}]}",
        "not json",
        "[\"a list\"]"
      })
  void aFileOfAnotherToolUnderTheNameIsNoManifest(String content) throws IOException {
    write("mnist/dataset_info.json", content);
    assertEquals(List.of(), find());
  }
}
