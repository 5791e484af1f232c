package io.provscan.provenance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One row of {@code summary.json} → {@code sources}: a data source and what its items add up to.
 * Components are written in this order; {@code verdict} and {@code reasons} only once a policy
 * judged the row. Read back leniently: a row of an older scan that lacks a collection gets it
 * empty.
 *
 * @param id the source's id ({@link DataSource#id()})
 * @param kind {@link DataSource#FOLDER}, {@link DataSource#HOST}, {@link DataSource#DATASET} or
 *     {@link DataSource#MODEL}
 * @param name its display name
 * @param origin where it was declared or found
 * @param declaredLicenses licences it declares for itself
 * @param facts what its manifest says besides licences, sorted by key
 * @param problems findings about the source itself
 * @param items items assigned to it
 * @param status items per status ({@code ok}, {@code failed}, {@code skipped})
 * @param bytes bytes of its non-container items
 * @param detectedLicenses items per detected SPDX id
 * @param categories items per licence category
 * @param clauses up to {@value SourceTally#MAX_CLAUSE_VALUES} values per licence clause
 * @param conflicts detected licences its declaration does not cover, as sentences
 * @param optOut its pages and how many are reserved
 * @param pii personal-data findings per type
 * @param itemsWithPii items with any personal data
 * @param sensitive sensitive terms per category
 * @param verdicts items per verdict
 * @param verdict the policy's verdict on the source, or null before a policy judged it
 * @param reasons why, or null before a policy judged it
 */
public record SourceRow(
    String id,
    String kind,
    String name,
    String origin,
    List<String> declaredLicenses,
    Map<String, Object> facts,
    List<String> problems,
    long items,
    Map<String, Long> status,
    long bytes,
    Map<String, Long> detectedLicenses,
    Map<String, Long> categories,
    Map<String, List<String>> clauses,
    List<String> conflicts,
    OptOutShare optOut,
    Map<String, Long> pii,
    long itemsWithPii,
    Map<String, Long> sensitive,
    Map<String, Long> verdicts,
    @JsonInclude(JsonInclude.Include.NON_NULL) String verdict,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> reasons) {

  /**
   * Fills what an older or hand-edited row lacks; keeps the given collections (and their order).
   */
  public SourceRow {
    declaredLicenses = orEmpty(declaredLicenses);
    facts = facts == null ? Map.of() : facts;
    problems = orEmpty(problems);
    status = orEmpty(status);
    detectedLicenses = orEmpty(detectedLicenses);
    categories = orEmpty(categories);
    clauses = clauses == null ? Map.of() : clauses;
    conflicts = orEmpty(conflicts);
    optOut = optOut == null ? OptOutShare.NONE : optOut;
    pii = orEmpty(pii);
    sensitive = orEmpty(sensitive);
    verdicts = orEmpty(verdicts);
  }

  /** This row with the items per verdict replaced (a gate judges the items again). */
  public SourceRow withVerdicts(Map<String, Long> itemVerdicts) {
    return with(itemVerdicts, verdict, reasons);
  }

  /** This row judged: the policy's verdict on the source and why. */
  public SourceRow judged(String sourceVerdict, List<String> why) {
    return with(verdicts, sourceVerdict, why);
  }

  private SourceRow with(Map<String, Long> itemVerdicts, String sourceVerdict, List<String> why) {
    return new SourceRow(
        id,
        kind,
        name,
        origin,
        declaredLicenses,
        facts,
        problems,
        items,
        status,
        bytes,
        detectedLicenses,
        categories,
        clauses,
        conflicts,
        optOut,
        pii,
        itemsWithPii,
        sensitive,
        itemVerdicts,
        sourceVerdict,
        why);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static Map<String, Long> orEmpty(Map<String, Long> map) {
    return map == null ? Map.of() : map;
  }

  /**
   * A source's opt-out figures.
   *
   * @param pages its items with a URL that were not skipped
   * @param reservedPages those reserved for AI training or TDM
   * @param reservedShare reservedPages / pages, rounded to three decimals (0 without pages)
   * @param agents signals per agent they name
   * @param signals signals per type
   */
  public record OptOutShare(
      long pages,
      long reservedPages,
      double reservedShare,
      Map<String, Long> agents,
      Map<String, Long> signals) {
    /** No pages. */
    public static final OptOutShare NONE = new OptOutShare(0, 0, 0.0, Map.of(), Map.of());

    /** Fills what an older row lacks. */
    public OptOutShare {
      agents = agents == null ? Map.of() : agents;
      signals = signals == null ? Map.of() : signals;
    }
  }

  /** The source as item rules see it: its id, kind, name, origin and declared licences. */
  @JsonIgnore
  public DataSource declaredSource() {
    return new DataSource(
        String.valueOf(id),
        String.valueOf(kind),
        String.valueOf(name),
        String.valueOf(origin),
        declaredLicenses,
        Map.of(),
        List.of());
  }
}
