package io.provscan.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.provscan.provenance.DataSource;
import io.provscan.provenance.DefaultSources;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManifestResolverTest {
  static Manifest manifest(String path, String format, List<String> files) {
    DataSource source =
        new DataSource(
            "dataset:r/" + path,
            DataSource.DATASET,
            path,
            "/r/" + path,
            List.of(),
            Map.of(),
            List.of());
    List<ListedFile> listed =
        files.stream().map(f -> new ListedFile(f, f, null, null, List.of())).toList();
    return new Manifest("/r", path, format, source, listed, List.of());
  }

  static final ManifestResolver RESOLVER =
      new ManifestResolver(
          List.of(
              manifest("README.md", Manifest.HF_CARD, List.of()),
              manifest("a/datapackage.json", Manifest.FRICTIONLESS, List.of("a/x.csv", "b/y.zip")),
              manifest("a/croissant.json", Manifest.CROISSANT, List.of("a/x.csv")),
              manifest("a/b/README.md", Manifest.HF_CARD, List.of())));

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "a/datapackage.json, a/datapackage.json",
    "a/croissant.json, a/croissant.json",
    "a/x.csv, a/croissant.json",
    "a/other.txt, a/croissant.json",
    "b/y.zip, a/datapackage.json",
    "b/y.zip!/inner/z.txt, a/datapackage.json",
    "a/b/deep/file.txt, a/b/README.md",
    "a/b/urls.csv#3, a/b/README.md",
    "top.txt, README.md",
    "c/d.warc.gz#2, README.md",
  })
  void claimsByManifestThenListThenNearestFolder(String item, String manifest) {
    assertEquals("dataset:r/" + manifest, RESOLVER.resolve("/r", item, null).orElseThrow().id());
  }

  @ParameterizedTest
  @CsvSource({"web/urls.csv#7, folder:r/web", "web/page.warc#2, host:example.org"})
  void aUrlListRecordOutsideAnyManifestGoesToItsListsFolder(String item, String source) {
    ManifestResolver none = new ManifestResolver(List.of());
    String url = "https://example.org/p";
    String id =
        none.resolve("/r", item, url)
            .or(() -> new DefaultSources().resolve("/r", item, url))
            .orElseThrow()
            .id();
    assertEquals(source, id);
  }
}
