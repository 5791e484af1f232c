package io.provscan.policy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.provscan.internal.Counter;
import io.provscan.internal.Json;
import io.provscan.provenance.DataSource;
import io.provscan.record.ItemRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges a finished scan again under a policy, without rescanning: streams {@code items.jsonl},
 * judges every item with the licences its source declares, then every source. What a pipeline runs
 * before it ingests a corpus.
 */
public final class Gate {
  private Gate() {}

  /**
   * The outcome of a gate.
   *
   * @param summary the scan's summary with every verdict recomputed under the policy
   * @param totals items and sources per verdict
   * @param rules how many items each rule acted on, keyed by verdict and rule
   * @param examples one reason per rule, as an example
   */
  public record Result(
      Map<String, Object> summary,
      Verdicts.Totals totals,
      Map<String, Long> rules,
      Map<String, String> examples) {}

  /**
   * Runs the gate over the scan in {@code out}.
   *
   * @throws IOException when {@code out} holds no finished scan
   */
  public static Result run(Path out, PolicyEngine engine) throws IOException {
    Path summaryFile = out.resolve("summary.json");
    Path itemsFile = out.resolve("items.jsonl");
    if (!Files.isRegularFile(summaryFile) || !Files.isRegularFile(itemsFile)) {
      throw new IOException(
          "no finished scan in " + out + " (summary.json and items.jsonl are needed)");
    }
    Map<String, Object> summary =
        Json.mapper()
            .readValue(summaryFile.toFile(), new TypeReference<LinkedHashMap<String, Object>>() {});
    Map<String, DataSource> sources = sources(summary);
    Map<String, Counter> verdicts = new HashMap<>();
    Counter rules = new Counter();
    Map<String, String> examples = new LinkedHashMap<>();
    try (BufferedReader lines = Files.newBufferedReader(itemsFile, StandardCharsets.UTF_8)) {
      for (String line; (line = lines.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        ItemRecord r = Json.mapper().readValue(line, ItemRecord.class);
        Judgement j = engine.judge(r, sources.get(r.source()));
        verdicts
            .computeIfAbsent(String.valueOf(r.source()), k -> new Counter())
            .increment(j.verdict().id());
        for (String reason : j.reasons()) {
          String rule = rule(reason);
          rules.increment(rule);
          examples.putIfAbsent(rule, reason);
        }
      }
    }
    setVerdicts(summary, verdicts);
    Verdicts.Totals totals = Verdicts.apply(summary, engine);
    return new Result(summary, totals, rules.snapshot(), examples);
  }

  /** {@code "block: 2 × CN_RESIDENT_ID (pii.types.CN_RESIDENT_ID)"} → {@code block pii.types.…}. */
  static String rule(String reason) {
    int open = reason.lastIndexOf('(');
    int colon = reason.indexOf(':');
    String action = colon > 0 ? reason.substring(0, colon) : "";
    String rule =
        open >= 0 && reason.endsWith(")")
            ? reason.substring(open + 1, reason.length() - 1)
            : reason;
    return action + " " + rule;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, DataSource> sources(Map<String, Object> summary) {
    Map<String, DataSource> out = new HashMap<>();
    if (summary.get("sources") instanceof List<?> rows) {
      for (Object o : rows) {
        Map<String, Object> row = (Map<String, Object>) o;
        List<String> declared =
            row.get("declaredLicenses") instanceof List<?> l
                ? l.stream().map(String::valueOf).toList()
                : List.of();
        String id = String.valueOf(row.get("id"));
        out.put(
            id,
            new DataSource(
                id,
                String.valueOf(row.get("kind")),
                String.valueOf(row.get("name")),
                String.valueOf(row.get("origin")),
                declared,
                Map.of(),
                List.of()));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void setVerdicts(Map<String, Object> summary, Map<String, Counter> verdicts) {
    if (summary.get("sources") instanceof List<?> rows) {
      for (Object o : rows) {
        Map<String, Object> row = (Map<String, Object>) o;
        Counter c = verdicts.get(String.valueOf(row.get("id")));
        row.put("verdicts", c == null ? Map.of() : c.snapshot());
      }
    }
  }
}
