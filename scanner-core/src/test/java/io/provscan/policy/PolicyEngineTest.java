package io.provscan.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.detect.LicenseFinding;
import io.provscan.detect.OptOut;
import io.provscan.detect.PiiFinding;
import io.provscan.provenance.DataSource;
import io.provscan.record.ItemRecord;
import io.provscan.source.ErrorKind;
import io.provscan.source.ItemError;
import io.provscan.source.ItemStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyEngineTest {
  @TempDir Path dir;

  static final PolicyEngine DEFAULT =
      new PolicyEngine(PolicyLoader.bundled(), LicenseCategories.NONE);

  static ItemRecord item(
      ItemStatus status,
      List<LicenseFinding> licenses,
      OptOut optOut,
      List<PiiFinding> pii,
      Map<String, Integer> sensitive) {
    ItemError error =
        status == ItemStatus.OK
            ? null
            : ItemError.of(
                status == ItemStatus.FAILED ? ErrorKind.PARSE_ERROR : ErrorKind.SYMLINK, "x");
    return new ItemRecord(
        "a.txt",
        null,
        "/c",
        "folder:c",
        null,
        status,
        error,
        "00",
        1L,
        "text/plain",
        null,
        "en",
        10,
        false,
        null,
        null,
        null,
        Map.of(),
        licenses,
        optOut,
        pii,
        sensitive,
        null,
        List.of(),
        List.of(),
        1);
  }

  static ItemRecord withLicense(String id, String category, LicenseFinding.Clause... clauses) {
    return item(
        ItemStatus.OK,
        List.of(new LicenseFinding(id, id, "text", 1.0, category, List.of(clauses), null)),
        OptOut.NONE,
        List.of(),
        Map.of());
  }

  PolicyEngine engine(String yaml) throws IOException {
    return new PolicyEngine(
        PolicyLoader.read(Files.writeString(dir.resolve("p.yaml"), yaml)), LicenseCategories.NONE);
  }

  @ParameterizedTest(name = "{1} → {2} by default")
  @CsvSource({
    "MIT, permissive, allow",
    "CC0-1.0, public-domain, allow",
    "LGPL-2.1-only, weak-copyleft, allow",
    "GPL-3.0-only, strong-copyleft, review",
    "CC-BY-NC-4.0, non-commercial, review",
    "LicenseRef-llama2, use-restricted, review",
    "LicenseRef-x, , review"
  })
  void judgesALicenceByItsCategory(String id, String category, String verdict) {
    Judgement j = DEFAULT.judge(withLicense(id, category), null);
    assertEquals(verdict, j.verdict().id());
    if (!verdict.equals("allow")) {
      String cat = category == null ? "unknown" : category;
      assertEquals(
          List.of(
              verdict + ": licence " + id + " is " + cat + " (licenses.categories." + cat + ")"),
          j.reasons());
    }
  }

  @Test
  void anExplicitIdOutranksItsCategory() throws IOException {
    PolicyEngine e = engine("licenses:\n  deny: [mit]\n  allow: [CC-BY-NC-4.0]\n");
    assertEquals(Action.BLOCK, e.judge(withLicense("MIT", "permissive"), null).verdict());
    assertEquals(
        Action.ALLOW, e.judge(withLicense("CC-BY-NC-4.0", "non-commercial"), null).verdict());
  }

  @Test
  void aCommercialPolicyBlocksNonCommercialData() throws IOException {
    PolicyEngine e = engine("licenses:\n  categories:\n    non-commercial: block\n");
    Judgement j = e.judge(withLicense("CC-BY-NC-4.0", "non-commercial"), null);
    assertEquals(Action.BLOCK, j.verdict());
  }

  @Test
  void judgesClausesWithTheirValues() {
    Judgement j =
        DEFAULT.judge(
            withLicense(
                "LicenseRef-llama2",
                "use-restricted",
                new LicenseFinding.Clause(
                    "mau-threshold", 700_000_000, "700 million monthly active users", 12),
                new LicenseFinding.Clause("attribution-notice", null, null, null)),
            null);
    assertEquals(Action.REVIEW, j.verdict());
    assertTrue(
        j.reasons()
            .contains(
                "review: LicenseRef-llama2 has clause mau-threshold = 700000000 (clauses.mau-threshold)"),
        j.reasons().toString());
    assertEquals(2, j.reasons().size(), "attribution-notice is allowed: " + j.reasons());
  }

  @Test
  void usesTheLicencesItsSourceDeclaresWhenTheItemHasNone() throws IOException {
    DataSource source =
        new DataSource(
            "dataset:x",
            "dataset",
            "x",
            "x/README.md",
            List.of("CC-BY-NC-4.0"),
            Map.of(),
            List.of());
    ItemRecord plain = item(ItemStatus.OK, List.of(), OptOut.NONE, List.of(), Map.of());
    PolicyEngine e = new PolicyEngine(PolicyLoader.bundled(), id -> "non-commercial");
    Judgement j = e.judge(plain, source);
    assertEquals(Action.REVIEW, j.verdict());
    assertTrue(j.reasons().get(0).contains("declared by dataset:x"), j.reasons().toString());
    assertEquals(Action.ALLOW, DEFAULT.judge(plain, null).verdict(), "missing: allow by default");
    assertEquals(
        Action.REVIEW, engine("licenses:\n  missing: review\n").judge(plain, null).verdict());
  }

  @Test
  void blocksAReservedItemByDefault() {
    OptOut reserved =
        new OptOut(
            true,
            List.of(
                new OptOut.Signal(
                    "x-robots-tag",
                    "ai-training",
                    List.of(),
                    "noai",
                    "X-Robots-Tag: noai",
                    null,
                    "reserves")));
    Judgement j =
        DEFAULT.judge(item(ItemStatus.OK, List.of(), reserved, List.of(), Map.of()), null);
    assertEquals(Action.BLOCK, j.verdict());
    assertEquals(
        List.of(
            "block: publisher reserved AI training or TDM: x-robots-tag noai (optout.reserved)"),
        j.reasons());
  }

  @Test
  void appliesPersonalDataThresholdsPerItem() throws IOException {
    PolicyEngine e = engine("pii:\n  types:\n    EMAIL_ADDRESS: {action: block, min: 3}\n");
    List<PiiFinding> two = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      two.add(new PiiFinding("EMAIL_ADDRESS", "a***@x.org", i, i + 1, 0.9));
    }
    assertEquals(
        Action.ALLOW,
        e.judge(item(ItemStatus.OK, List.of(), OptOut.NONE, two, Map.of()), null).verdict());
    List<PiiFinding> three = new ArrayList<>(two);
    three.add(new PiiFinding("EMAIL_ADDRESS", "b***@x.org", 5, 6, 0.9));
    Judgement j = e.judge(item(ItemStatus.OK, List.of(), OptOut.NONE, three, Map.of()), null);
    assertEquals(List.of("block: 3 × EMAIL_ADDRESS (pii.types.EMAIL_ADDRESS)"), j.reasons());
    List<PiiFinding> id =
        List.of(new PiiFinding("CN_RESIDENT_ID", "110101********123X", 0, 18, 0.99));
    assertEquals(
        Action.BLOCK,
        DEFAULT.judge(item(ItemStatus.OK, List.of(), OptOut.NONE, id, Map.of()), null).verdict());
    List<PiiFinding> phone = List.of(new PiiFinding("PHONE_NUMBER", "138****5678", 0, 11, 0.9));
    assertEquals(
        Action.REVIEW,
        DEFAULT
            .judge(item(ItemStatus.OK, List.of(), OptOut.NONE, phone, Map.of()), null)
            .verdict());
  }

  @Test
  void aNameWithAnIdentifierGetsTheCombinedVerdict() throws IOException {
    PiiFinding name = new PiiFinding("PERSON", "王*", 0, 2, 0.8);
    PiiFinding phone = new PiiFinding("PHONE_NUMBER", "138****5678", 5, 16, 0.9);
    PiiFinding ip = new PiiFinding("IP_ADDRESS", "81.2.*.*", 20, 31, 0.7);
    Judgement alone =
        DEFAULT.judge(item(ItemStatus.OK, List.of(), OptOut.NONE, List.of(name), Map.of()), null);
    assertEquals(Action.ALLOW, alone.verdict(), "a name alone: " + alone.reasons());
    Judgement withIp =
        DEFAULT.judge(
            item(ItemStatus.OK, List.of(), OptOut.NONE, List.of(name, ip), Map.of()), null);
    assertEquals(Action.ALLOW, withIp.verdict(), "an IP address identifies no name's bearer");
    PolicyEngine e = engine("pii:\n  combined: block\n  types:\n    PHONE_NUMBER: allow\n");
    Judgement both =
        e.judge(item(ItemStatus.OK, List.of(), OptOut.NONE, List.of(name, phone), Map.of()), null);
    assertEquals(Action.BLOCK, both.verdict());
    assertEquals(List.of("block: PERSON with PHONE_NUMBER (pii.combined)"), both.reasons());
    Judgement byDefault =
        DEFAULT.judge(
            item(ItemStatus.OK, List.of(), OptOut.NONE, List.of(name, phone), Map.of()), null);
    assertTrue(
        byDefault.reasons().contains("review: PERSON with PHONE_NUMBER (pii.combined)"),
        byDefault.reasons()::toString);
  }

  @Test
  void appliesSensitiveCategoryThresholds() throws IOException {
    ItemRecord health = item(ItemStatus.OK, List.of(), OptOut.NONE, List.of(), Map.of("HEALTH", 2));
    assertEquals(Action.REVIEW, DEFAULT.judge(health, null).verdict());
    PolicyEngine e = engine("sensitive:\n  categories:\n    HEALTH: {action: block, min: 3}\n");
    assertEquals(Action.ALLOW, e.judge(health, null).verdict());
  }

  @Test
  void judgesFailedAndSkippedItems() throws IOException {
    assertEquals(
        Action.REVIEW,
        DEFAULT
            .judge(item(ItemStatus.FAILED, List.of(), OptOut.NONE, List.of(), Map.of()), null)
            .verdict());
    assertEquals(
        Action.ALLOW,
        DEFAULT
            .judge(item(ItemStatus.SKIPPED, List.of(), OptOut.NONE, List.of(), Map.of()), null)
            .verdict());
    PolicyEngine strict = engine("items:\n  failed: block\n");
    Judgement j =
        strict.judge(item(ItemStatus.FAILED, List.of(), OptOut.NONE, List.of(), Map.of()), null);
    assertEquals(List.of("block: not extracted (parse-error) (items.failed)"), j.reasons());
  }

  @Test
  void judgesASourceByItsDeclaredLicencesConflictsProblemsAndItems() {
    String conflict = "declared MIT but CC-BY-NC-4.0 found in 1 item";
    PolicyEngine e = new PolicyEngine(PolicyLoader.bundled(), id -> "permissive");
    Judgement j = e.judgeSource(source(List.of(conflict), List.of(), Map.of("allow", 3L)));
    assertEquals(Action.REVIEW, j.verdict());
    assertEquals(
        List.of("review: declared MIT but CC-BY-NC-4.0 found in 1 item (licenses.conflict)"),
        j.reasons());
    Map<String, Long> blocked = Map.of("block", 1L, "allow", 2L);
    assertEquals(
        Action.BLOCK, e.judgeSource(source(List.of(conflict), List.of(), blocked)).verdict());
    List<String> missing = List.of("listed file data/train.csv is missing");
    assertEquals(
        List.of("review: listed file data/train.csv is missing (sources.problems)"),
        e.judgeSource(source(List.of(), missing, Map.of())).reasons());
  }

  private static SourceFacts source(
      List<String> conflicts, List<String> problems, Map<String, Long> verdicts) {
    return new SourceFacts("dataset:cards", List.of("MIT"), conflicts, problems, verdicts);
  }
}
