package io.provscan.policy;

import io.provscan.internal.Counter;
import io.provscan.internal.Json;
import io.provscan.provenance.DataSource;
import io.provscan.provenance.SourceRow;
import io.provscan.record.ItemRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
   * @param sources the scan's source rows with every verdict recomputed under the policy
   * @param policy the policy that judged
   * @param totals items and sources per verdict
   * @param rules how many items each rule acted on, keyed by verdict and rule
   * @param examples one reason per rule, as an example
   */
  public record Result(
      List<SourceRow> sources,
      Verdicts.PolicyId policy,
      Verdicts.Totals totals,
      Map<String, Long> rules,
      Map<String, String> examples) {}

  /** The one part of {@code summary.json} the gate reads. */
  record SourcesPart(List<SourceRow> sources) {
    SourcesPart {
      sources = sources == null ? List.of() : sources;
    }
  }

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
    List<SourceRow> rows =
        Json.mapper().readValue(summaryFile.toFile(), SourcesPart.class).sources();
    Map<String, DataSource> sources = new HashMap<>();
    rows.forEach(row -> sources.put(String.valueOf(row.id()), row.declaredSource()));
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
    List<SourceRow> rejudged = new ArrayList<>(rows.size());
    for (SourceRow row : rows) {
      Counter c = verdicts.get(String.valueOf(row.id()));
      rejudged.add(row.withVerdicts(c == null ? Map.of() : c.snapshot()));
    }
    Verdicts.Judged judged = Verdicts.apply(rejudged, engine);
    return new Result(judged.rows(), judged.policy(), judged.totals(), rules.snapshot(), examples);
  }

  /** {@code "block: 2 × CN_RESIDENT_ID (pii.types.CN_RESIDENT_ID)"} → {@code block pii.types.…}. */
  public static String rule(String reason) {
    int open = reason.lastIndexOf('(');
    int colon = reason.indexOf(':');
    String action = colon > 0 ? reason.substring(0, colon) : "";
    String rule =
        open >= 0 && reason.endsWith(")")
            ? reason.substring(open + 1, reason.length() - 1)
            : reason;
    return action + " " + rule;
  }
}
