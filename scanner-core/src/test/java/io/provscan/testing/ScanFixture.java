package io.provscan.testing;

import io.provscan.detect.LicenseFinding;
import io.provscan.detect.OptOut;
import io.provscan.detect.PiiFinding;
import io.provscan.provenance.DataSource;
import io.provscan.provenance.SourceRegistry;
import io.provscan.provenance.SourcesSection;
import io.provscan.record.ItemRecord;
import io.provscan.report.JsonlSink;
import io.provscan.source.ErrorKind;
import io.provscan.source.ItemError;
import io.provscan.source.ItemStatus;
import io.provscan.summary.SummaryBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the output folder of a "finished scan" from records built in the test, through the same
 * sinks a scan uses ({@code items.jsonl}, {@code summary.json} with its sources table), so report
 * renderers can be tested with findings no detector on this branch produces yet.
 */
public final class ScanFixture {
  private final SourceRegistry registry = SourceRegistry.defaults();
  private final List<ItemRecord> records = new ArrayList<>();

  /** Declares a source, as a manifest would. */
  public ScanFixture source(DataSource source) {
    registry.register(source);
    return this;
  }

  /** Adds a record (its source is registered as a folder when not declared). */
  public ScanFixture add(ItemRecord r) {
    if (registry.get(r.source()).isEmpty()) {
      registry.register(DataSource.plain(r.source(), DataSource.FOLDER, r.source(), "/corpus"));
    }
    records.add(r);
    return this;
  }

  /** Writes {@code items.jsonl} and {@code summary.json} into {@code out}. */
  public Path write(Path out) throws IOException {
    SummaryBuilder summary = new SummaryBuilder(List.of(new SourcesSection(registry)));
    try (JsonlSink items = new JsonlSink(out.resolve("items.jsonl"))) {
      for (ItemRecord r : records) {
        items.accept(r, "");
        summary.accept(r, "");
      }
    }
    Instant t = Instant.parse("2026-03-04T05:06:07.891Z");
    SummaryBuilder.write(
        summary.build(
            new SummaryBuilder.RunInfo(
                "test", t, t.plusSeconds(3), List.of("/corpus"), Map.of(), 0, null, 0)),
        out.resolve("summary.json"));
    return out;
  }

  /**
   * A dataset whose card declares MIT but holds CC BY-NC, a reserved web page with an e-mail, a
   * failed PDF.
   */
  public static ScanFixture typical() {
    DataSource card =
        new DataSource(
            "dataset:cards/README.md",
            DataSource.DATASET,
            "Cards",
            "cards/README.md",
            List.of("MIT"),
            Map.of("pretty_name", "Cards"),
            List.of("listed file data/b.csv is missing"));
    OptOut reserved =
        new OptOut(
            true,
            List.of(
                new OptOut.Signal(
                    "robots-txt",
                    "ai-training",
                    List.of("GPTBot"),
                    "disallow",
                    "User-agent: GPTBot / Disallow: /",
                    "https://news.example/robots.txt",
                    "reserves")));
    PiiFinding email = new PiiFinding("EMAIL_ADDRESS", "j***@e***.com", 10, 26, 0.99);
    return new ScanFixture()
        .source(card)
        .add(
            record(
                "cards/LICENSE",
                card.id(),
                null,
                List.of(
                    licence("CC-BY-NC-4.0", "CC BY-NC 4.0", "non-commercial", "non-commercial")),
                OptOut.NONE,
                List.of(),
                "block",
                List.of("non-commercial: block (CC-BY-NC-4.0 in cards/LICENSE)")))
        .add(
            record(
                "crawl.warc#2",
                "host:news.example",
                "https://news.example/a",
                List.of(),
                reserved,
                List.of(email),
                "review",
                List.of("opt-out: reserved by robots-txt")))
        .add(
            ScanFixture.failed(
                "bad.pdf", "folder:corpus", ItemError.of(ErrorKind.PARSE_ERROR, "broken xref")));
  }

  /** A plain ok record. */
  public static ItemRecord item(String path, String source) {
    return record(path, source, null, List.of(), OptOut.NONE, List.of(), null, List.of());
  }

  /** A record with findings and a verdict. */
  public static ItemRecord record(
      String path,
      String source,
      String url,
      List<LicenseFinding> licences,
      OptOut optOut,
      List<PiiFinding> pii,
      String verdict,
      List<String> reasons) {
    return new ItemRecord(
        path,
        null,
        "/corpus",
        source,
        url,
        ItemStatus.OK,
        null,
        "ab".repeat(32),
        100L,
        "text/plain",
        "UTF-8",
        "en",
        100,
        false,
        null,
        null,
        null,
        Map.of("dc:title", List.of("Title of " + path)),
        licences,
        optOut,
        pii,
        pii.isEmpty() ? Map.of() : Map.of("HEALTH", 1),
        verdict,
        reasons,
        List.of(),
        1);
  }

  /** A failed record. */
  public static ItemRecord failed(String path, String source, ItemError error) {
    ItemRecord ok = item(path, source);
    return new ItemRecord(
        ok.path(),
        null,
        ok.root(),
        source,
        null,
        ItemStatus.FAILED,
        error,
        null,
        null,
        null,
        null,
        null,
        0,
        false,
        null,
        null,
        null,
        Map.of(),
        List.of(),
        OptOut.NONE,
        List.of(),
        Map.of(),
        null,
        List.of(),
        List.of(),
        0);
  }

  /** A licence finding with one clause. */
  public static LicenseFinding licence(String spdx, String name, String category, String clause) {
    List<LicenseFinding.Clause> clauses =
        clause == null
            ? List.of()
            : List.of(new LicenseFinding.Clause(clause, 700_000_000, "quote of " + clause, 3));
    return new LicenseFinding(
        spdx, name, "text", 0.97, category, clauses, new LicenseFinding.LineRange(1, 20));
  }
}
