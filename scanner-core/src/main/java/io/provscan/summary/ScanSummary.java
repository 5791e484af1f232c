package io.provscan.summary;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.internal.Json;
import io.provscan.policy.PolicyEngine;
import io.provscan.policy.Verdicts;
import io.provscan.provenance.SourceRow;
import io.provscan.provenance.SourcesSection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole of {@code summary.json}, written by {@link SummaryBuilder} and read back ({@link
 * #read}) by {@code provscan report} and the CLI. The run's facts come first, then one entry per
 * capability's section in the order the sections were registered (typed records as written, maps as
 * read back: {@link #section} gives them their type), then the policy's verdicts. Field meanings:
 * {@code docs/report-format.md}.
 *
 * @param schemaVersion {@link SummaryBuilder#SCHEMA_VERSION} of the writer
 * @param tool the tool that wrote it
 * @param startedAt when the scan started (ISO-8601)
 * @param finishedAt when it finished (ISO-8601)
 * @param durationMs wall-clock time, milliseconds
 * @param roots the scan roots, absolute
 * @param options the effective options
 * @param counts items per outcome
 * @param bytes bytes read
 * @param chars characters extracted
 * @param mediaTypes items per media type
 * @param errors failed items per error kind
 * @param languages items per detected language
 * @param throughput items and MiB per second
 * @param index facts of the index, or null with {@code --no-index} (written as null)
 * @param abandonedThreads parser threads given up after ignoring the time limit
 * @param sections each capability's section by key, in registration order
 * @param verdicts items and sources per verdict, or null before a policy judged (then not written)
 * @param policy the policy that judged, or null before one did (then not written)
 */
@JsonPropertyOrder({
  "schemaVersion", "tool", "startedAt", "finishedAt", "durationMs", "roots", "options", "counts",
  "bytes", "chars", "mediaTypes", "errors", "languages", "throughput", "index", "abandonedThreads",
  "sections", "verdicts", "policy"
})
public record ScanSummary(
    int schemaVersion,
    Tool tool,
    String startedAt,
    String finishedAt,
    long durationMs,
    List<String> roots,
    Map<String, Object> options,
    Counts counts,
    Bytes bytes,
    long chars,
    Map<String, Long> mediaTypes,
    Map<String, Long> errors,
    Map<String, Long> languages,
    Throughput throughput,
    Map<String, Object> index,
    long abandonedThreads,
    @JsonAnyGetter @JsonAnySetter Map<String, Object> sections,
    @JsonInclude(JsonInclude.Include.NON_NULL) Verdicts.Totals verdicts,
    @JsonInclude(JsonInclude.Include.NON_NULL) Verdicts.PolicyId policy) {

  /**
   * Keeps the sections in their order. What an older or hand-edited summary lacks is filled (empty
   * collections, zero counts), except {@code index}, {@code verdicts} and {@code policy}, whose
   * null is a value.
   */
  public ScanSummary {
    roots = roots == null ? List.of() : roots;
    options = options == null ? Map.of() : options;
    counts = counts == null ? new Counts(0, 0, 0, 0, 0, 0, 0) : counts;
    bytes = bytes == null ? new Bytes(0, 0) : bytes;
    mediaTypes = mediaTypes == null ? Map.of() : mediaTypes;
    errors = errors == null ? Map.of() : errors;
    languages = languages == null ? Map.of() : languages;
    sections = sections == null ? new LinkedHashMap<>() : sections;
  }

  /**
   * A section by key, as its record type: the record itself in a summary just built, converted from
   * what was read otherwise. Empty when the scan ran without that capability.
   */
  public <T> Optional<T> section(String key, Class<T> type) {
    Object value = sections.get(key);
    if (value == null || type.isInstance(value)) {
      return Optional.ofNullable(type.cast(value));
    }
    return Optional.of(Json.mapper().convertValue(value, type));
  }

  /** The {@code licenses} section, empty without licence detection. */
  public Optional<LicenseTotals> licenses() {
    return section(LicenseSummary.KEY, LicenseTotals.class);
  }

  /** The {@code optOut} section, empty without opt-out detection. */
  public Optional<OptOutTotals> optOut() {
    return section(OptOutSummary.KEY, OptOutTotals.class);
  }

  /** The {@code pii} section, empty without personal-data detection. */
  public Optional<PiiTotals> pii() {
    return section(PiiSummary.KEY, PiiTotals.class);
  }

  /** The rows of the {@code sources} section, largest first; empty for older scans. */
  public List<SourceRow> sources() {
    Object value = sections.get(SourcesSection.KEY);
    if (value == null) {
      return List.of();
    }
    if (value instanceof SourcesSection.SourceRows rows) {
      return rows.rows();
    }
    return Json.mapper().convertValue(value, new TypeReference<List<SourceRow>>() {});
  }

  /**
   * Reads a summary from its JSON tree, keeping the order of its sections (Jackson hands a record's
   * unknown properties over in a hash map, so a plain {@code readValue} loses it).
   */
  public static ScanSummary read(JsonNode tree) throws JsonProcessingException {
    ScanSummary read = Json.mapper().treeToValue(tree, ScanSummary.class);
    Map<String, Object> ordered = new LinkedHashMap<>();
    tree.fieldNames()
        .forEachRemaining(
            key -> {
              if (read.sections.containsKey(key)) {
                ordered.put(key, read.sections.get(key));
              }
            });
    return read.with(ordered, read.verdicts, read.policy);
  }

  /** This summary judged by {@code engine}: verdicts on every source row, totals and policy. */
  public ScanSummary judged(PolicyEngine engine) {
    Verdicts.Judged j = Verdicts.apply(sources(), engine);
    Map<String, Object> judged = new LinkedHashMap<>(sections);
    if (judged.containsKey(SourcesSection.KEY)) {
      judged.put(SourcesSection.KEY, new SourcesSection.SourceRows(j.rows()));
    }
    return with(judged, j.totals(), j.policy());
  }

  private ScanSummary with(
      Map<String, Object> newSections, Verdicts.Totals newVerdicts, Verdicts.PolicyId newPolicy) {
    return new ScanSummary(
        schemaVersion,
        tool,
        startedAt,
        finishedAt,
        durationMs,
        roots,
        options,
        counts,
        bytes,
        chars,
        mediaTypes,
        errors,
        languages,
        throughput,
        index,
        abandonedThreads,
        newSections,
        newVerdicts,
        newPolicy);
  }

  // The writer before these records used Map.of, whose iteration order changes from one JVM to the
  // next; this order is the one of the golden demo scan (fixtures/demo), fixed from now on.

  /**
   * The tool that wrote the summary.
   *
   * @param name always {@code provscan}
   * @param version its version
   */
  @JsonPropertyOrder({"version", "name"})
  public record Tool(String name, String version) {}

  /**
   * Items per outcome: {@code seen == ok + failed + skipped}.
   *
   * @param seen every item
   * @param ok extracted
   * @param failed failed (see {@code errors})
   * @param skipped skipped (too large, excluded type, …)
   * @param containers archives and other containers among them
   * @param truncated items whose text was cut at the bound
   * @param excluded paths left out by {@code --exclude} (not items)
   */
  public record Counts(
      long seen,
      long ok,
      long failed,
      long skipped,
      long containers,
      long truncated,
      long excluded) {}

  /**
   * Bytes read.
   *
   * @param input bytes of top-level inputs
   * @param items bytes of non-container items (members of archives included)
   */
  @JsonPropertyOrder({"items", "input"})
  public record Bytes(long input, long items) {}

  /**
   * Speed over the whole scan, rounded to two decimals.
   *
   * @param itemsPerSecond items per second
   * @param mbPerSecond input MiB per second
   */
  @JsonPropertyOrder({"mbPerSecond", "itemsPerSecond"})
  public record Throughput(double itemsPerSecond, double mbPerSecond) {}
}
