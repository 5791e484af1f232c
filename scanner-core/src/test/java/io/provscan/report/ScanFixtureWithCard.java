package io.provscan.report;

import io.provscan.provenance.DataSource;
import io.provscan.testing.ScanFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A finished scan of one dataset whose card states its annotation creators. */
final class ScanFixtureWithCard {
  private ScanFixtureWithCard() {}

  static void write(Path out) throws IOException {
    DataSource card =
        new DataSource(
            "dataset:qa/README.md",
            DataSource.DATASET,
            "QA",
            "qa/README.md",
            List.of("CC-BY-4.0"),
            Map.of("annotationsCreators", List.of("crowdsourced")),
            List.of());
    new ScanFixture().source(card).add(ScanFixture.item("qa/data.csv", card.id())).write(out);
  }
}
