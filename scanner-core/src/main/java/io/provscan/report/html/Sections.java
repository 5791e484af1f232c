package io.provscan.report.html;

import io.provscan.report.ScanOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The page's sections, in page order: one entry each, with the id its heading and navigation link
 * carry ({@code nav.<id>} is its name in the message bundles). Adding a section is one entry here,
 * its writer and its two bundle lines.
 */
final class Sections {
  /** What a section is written from. */
  record Context(ScanOutput scan, ItemTally tally, long unreadable) {}

  /** Writes one section. */
  @FunctionalInterface
  interface Writer {
    void write(Page page, Context c) throws IOException;
  }

  /** One section of the page. */
  record Section(String id, Writer writer) {}

  static final List<Section> ALL =
      List.of(
          new Section("duties", (p, c) -> DutiesView.write(p, c.scan())),
          new Section(
              "summary", (p, c) -> Overview.summary(p, c.scan(), c.tally(), c.unreadable())),
          new Section("statement", (p, c) -> StatementView.write(p, c.scan())),
          new Section(
              "sources", (p, c) -> SourceTable.write(p, c.scan().sources(), HtmlReport.MAX_ROWS)),
          new Section(
              "models", (p, c) -> ModelTable.write(p, c.scan().summary(), HtmlReport.MAX_ROWS)),
          new Section("licences", (p, c) -> FindingTables.licences(p, c.tally())),
          new Section("obligations", (p, c) -> FindingTables.obligations(p, c.tally())),
          new Section("optouts", (p, c) -> FindingTables.optOuts(p, c.tally())),
          new Section("pii", (p, c) -> FindingTables.personalData(p, c.tally())),
          new Section("verdicts", (p, c) -> ItemTables.verdicts(p, c.tally())),
          new Section("failures", (p, c) -> ItemTables.failures(p, c.tally(), c.scan().summary())),
          new Section("items", (p, c) -> ItemTables.items(p, c.tally())));

  /** The section ids, in page order. */
  static final List<String> ORDER = ids();

  private Sections() {}

  private static List<String> ids() {
    List<String> ids = new ArrayList<>();
    ALL.forEach(s -> ids.add(s.id()));
    return List.copyOf(ids);
  }
}
