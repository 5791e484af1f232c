package io.provscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each duty's status follows from the scan's facts; none claims compliance. */
class DutiesTest {
  @TempDir Path out;

  private static Map<Duty, Duty.Row> rows(CorpusFacts f) {
    return Duties.of(f).stream().collect(Collectors.toMap(Duty.Row::duty, Function.identity()));
  }

  private static String english(List<Line> lines) {
    Messages m = Messages.of(Lang.EN);
    return lines.stream().map(l -> l.in(m)).collect(Collectors.joining(" | "));
  }

  @Test
  void hasOneRowPerDutyInOrder() throws Exception {
    List<Duty.Row> rows = Duties.of(FactsFixture.typical(out, FactsFixture.FOUND));
    assertEquals(List.of(Duty.values()), rows.stream().map(Duty.Row::duty).toList());
    rows.forEach(r -> assertFalse(r.evidence().isEmpty() || r.open().isEmpty(), r.toString()));
  }

  @Test
  void personalDataFoundShowsEvidenceAndWhatRemainsOpen() throws Exception {
    Map<Duty, Duty.Row> rows = rows(FactsFixture.typical(out, FactsFixture.FOUND));
    Duty.Row source = rows.get(Duty.PERSONAL_SOURCE);
    assertEquals(Duty.Status.PROBLEMS, source.status());
    String evidence = english(source.evidence());
    assertTrue(
        evidence.contains("3 items with personal data (EMAIL_ADDRESS, CN_RESIDENT_ID)"), evidence);
    assertTrue(evidence.contains("1 items with sensitive personal information (HEALTH)"), evidence);
    assertTrue(english(source.open()).contains("legal basis"));
    assertEquals("pii", source.evidence().get(0).anchor(), "links to the personal-data tables");
    assertEquals(Duty.Status.PROBLEMS, rows.get(Duty.DE_IDENTIFICATION).status());
  }

  @Test
  void aCleanScanShowsEvidenceNotProblems() throws Exception {
    Map<Duty, Duty.Row> rows = rows(FactsFixture.typical(out, FactsFixture.CLEAN));
    assertEquals(Duty.Status.EVIDENCE, rows.get(Duty.PERSONAL_SOURCE).status());
    assertEquals(Duty.Status.EVIDENCE, rows.get(Duty.TDM_RESERVATIONS).status());
    assertEquals(
        Duty.Status.PROBLEMS,
        rows.get(Duty.INTELLECTUAL_PROPERTY).status(),
        "the fixture's dataset declares MIT but holds CC BY-NC: a conflict");
  }

  @Test
  void reservedPagesAreAProblemForTheTdmDuty() throws Exception {
    Duty.Row tdm = rows(FactsFixture.typical(out, FactsFixture.FOUND)).get(Duty.TDM_RESERVATIONS);
    assertEquals(Duty.Status.PROBLEMS, tdm.status());
    assertTrue(
        english(tdm.evidence()).contains("1 of 2 web pages reserved; 1 items reserved in all"));
    assertTrue(english(tdm.evidence()).contains("signals read: robots-txt, tdmrep"));
  }

  @Test
  void whatAScanCannotSeeIsSaidSo() throws Exception {
    Map<Duty, Duty.Row> rows = rows(FactsFixture.typical(out, "{}"));
    assertEquals(Duty.Status.OUTSIDE, rows.get(Duty.CROSS_BORDER).status());
    assertTrue(english(rows.get(Duty.CROSS_BORDER).open()).contains("not inferred"));
    assertEquals(
        Duty.Status.OUTSIDE, rows.get(Duty.PERSONAL_SOURCE).status(), "PII not looked for");
    assertTrue(english(rows.get(Duty.PERSONAL_SOURCE).evidence()).contains("did not look"));
    assertEquals(Duty.Status.OUTSIDE, rows.get(Duty.TDM_RESERVATIONS).status());
    assertEquals(Duty.Status.OUTSIDE, rows.get(Duty.BASE_MODEL).status(), "no model source");
    Duty.Row annotation = rows.get(Duty.ANNOTATION);
    assertEquals(Duty.Status.OUTSIDE, annotation.status());
    assertTrue(english(annotation.open()).contains("not stated"));
  }

  @Test
  void annotationFactsFromManifestsAreEvidence() throws Exception {
    ScanFixtureWithCard.write(out);
    var scan = ScanOutput.open(out);
    Duty.Row annotation = rows(CorpusFacts.of(scan)).get(Duty.ANNOTATION);
    assertEquals(Duty.Status.EVIDENCE, annotation.status());
    assertTrue(
        english(annotation.evidence()).contains("annotationsCreators: [crowdsourced]"),
        english(annotation.evidence()));
  }

  @Test
  void withNoExportRecordedDeIdentificationSaysSo() throws Exception {
    Duty.Row row = rows(FactsFixture.typical(out, FactsFixture.FOUND)).get(Duty.DE_IDENTIFICATION);
    assertEquals(Duty.Status.PROBLEMS, row.status());
    assertTrue(english(row.evidence()).contains("no export is recorded"), english(row.evidence()));
  }

  @Test
  void anExportsOperatorsAndCountsAreTheEvidenceOfDeIdentification() throws Exception {
    CorpusFacts f = FactsFixture.exported(FactsFixture.typical(out, FactsFixture.FOUND), "hash");
    Duty.Row row = rows(f).get(Duty.DE_IDENTIFICATION);
    assertEquals(Duty.Status.EVIDENCE, row.status());
    String evidence = english(row.evidence());
    assertTrue(
        evidence.contains(
            "export to /exports/clean (2026-12-01T10:00:00Z): 40 records exported, 5 left out,"
                + " 4 personal-data values de-identified"),
        evidence);
    assertTrue(evidence.contains("EMAIL_ADDRESS → hash (4)"), evidence);
    assertEquals("statement", row.evidence().get(0).anchor());
    assertTrue(english(row.open()).contains("for people to judge"));
  }

  @Test
  void aTypeExportedAsItIsIsAProblem() throws Exception {
    CorpusFacts f = FactsFixture.exported(FactsFixture.typical(out, FactsFixture.FOUND), "none");
    Duty.Row row = rows(f).get(Duty.DE_IDENTIFICATION);
    assertEquals(Duty.Status.PROBLEMS, row.status());
    assertTrue(
        english(row.evidence()).contains("exported as they are (operator none): EMAIL_ADDRESS"),
        english(row.evidence()));
  }
}
