package io.provscan.detect.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.detect.Detector;
import io.provscan.detect.DetectorInput;
import io.provscan.detect.Findings;
import io.provscan.detect.PiiFinding;
import io.provscan.detect.Redactor;
import io.provscan.internal.Json;
import io.provscan.scan.ScanOptions;
import io.provscan.scan.Scanner;
import io.provscan.summary.PiiSummary;
import io.provscan.testing.Corpus;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Precision and recall per type on a seeded corpus of Chinese and English documents in six formats
 * (UTF-8 text, GBK text, HTML, JSONL, CSV, DOCX), run through the real scan; then every output is
 * searched for the planted values.
 */
class PiiAccuracyTest {
  static final long SEED = 20_251_128L;
  static final int DOCUMENTS = 120;
  static final double FLOOR = 0.97;
  static final java.util.Set<String> NAMES = java.util.Set.of("PERSON", "ADDRESS");

  @TempDir static Path corpus;
  @TempDir static Path out;

  static final Map<String, List<PiiCorpus.Planted>> PLANTED = new ConcurrentHashMap<>();
  static final Map<String, Seen> SEEN = new ConcurrentHashMap<>();

  /** The documents planted from fixture files (the formats added since the seeded corpus). */
  static final java.util.Set<String> FIXTURE_DOCS = ConcurrentHashMap.newKeySet();

  record Seen(String text, List<PiiFinding> findings) {}

  /** Runs the real detector and keeps what it saw, to score spans against the planted values. */
  static final class Capturing implements Detector, Redactor {
    final PiiDetector inner =
        new PiiDetector(
            EnumSet.allOf(PiiType.class),
            EnumSet.allOf(SensitiveCategory.class),
            DetectorCases.TODAY);

    @Override
    public String name() {
      return "pii";
    }

    @Override
    public Findings detect(DetectorInput input) {
      Findings f = inner.detect(input);
      SEEN.put(input.path(), new Seen(input.text(), f.pii()));
      return f;
    }

    @Override
    public String redactText(String text, Findings findings) {
      return inner.redactText(text, findings);
    }

    @Override
    public String redactValue(String value) {
      return inner.redactValue(value);
    }
  }

  @BeforeAll
  static void scan() throws Exception {
    List<PiiCorpus.Doc> docs = new ArrayList<>(new PiiCorpus(SEED).documents(DOCUMENTS, 8, 10));
    docs.addAll(FixtureCorpus.documents()); // types planted from a fixture file, after the seeded
    for (int d = 0; d < docs.size(); d++) {
      String path = write(d, docs.get(d));
      PLANTED.put(path, docs.get(d).planted());
      if (d >= DOCUMENTS) {
        FIXTURE_DOCS.add(path);
      }
    }
    ScanOptions options = ScanOptions.builder().root(corpus).out(out).threads(2).build();
    new Scanner(options, List.of(new Capturing()), List.of(new PiiSummary())).run();
  }

  private static String write(int d, PiiCorpus.Doc doc) throws IOException {
    List<String> ps = doc.paragraphs();
    switch (d % 6) {
      case 0:
        Corpus.text(corpus.resolve("t" + d + ".txt"), String.join("\n", ps));
        return "t" + d + ".txt";
      case 1:
        Corpus.text(
            corpus.resolve("g" + d + ".txt"), String.join("\n", ps), Charset.forName("GBK"));
        return "g" + d + ".txt";
      case 2:
        StringBuilder html = new StringBuilder("<html><head><title>记录</title></head><body>");
        ps.forEach(p -> html.append("<p>").append(escape(p)).append("</p>\n"));
        Corpus.text(corpus.resolve("h" + d + ".html"), html.append("</body></html>").toString());
        return "h" + d + ".html";
      case 3:
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < ps.size(); i++) {
          String value = Json.mapper().writeValueAsString(ps.get(i).replace('\n', ' '));
          jsonl.append("{\"id\":").append(i).append(",\"text\":").append(value).append("}\n");
        }
        Corpus.text(corpus.resolve("j" + d + ".jsonl"), jsonl.toString());
        return "j" + d + ".jsonl";
      case 4:
        StringBuilder csv = new StringBuilder("id,text\n");
        for (int i = 0; i < ps.size(); i++) {
          csv.append(i).append(",\"").append(ps.get(i).replace("\"", "\"\"")).append("\"\n");
        }
        Corpus.text(corpus.resolve("c" + d + ".csv"), csv.toString());
        return "c" + d + ".csv";
      default:
        Corpus.docx(corpus.resolve("w" + d + ".docx"), ps.toArray(new String[0]));
        return "w" + d + ".docx";
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** The value with 40 characters around it, for failure messages. */
  private static String around(String text, String value) {
    int at = text.indexOf(value);
    return at < 0
        ? normal(value) + " (not in the text as written)"
        : "«"
            + text.substring(
                Math.max(0, at - 40), Math.min(text.length(), at + value.length() + 20))
            + "»";
  }

  private static String normal(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  @Test
  void everyTypeReachesPrecisionAndRecallOfNinetySevenPercent() {
    Map<PiiType, int[]> score = new EnumMap<>(PiiType.class); // tp, fp, fn
    List<String> misses = new ArrayList<>();
    for (PiiType t : PiiType.values()) {
      score.put(t, new int[3]);
    }
    assertEquals(PLANTED.size(), SEEN.size(), "every document was scanned: " + SEEN.keySet());
    PLANTED.forEach(
        (path, planted) -> {
          Seen seen = SEEN.get(path);
          List<PiiCorpus.Planted> open = new ArrayList<>(planted);
          for (PiiFinding f : seen.findings()) {
            if (NAMES.contains(f.type())) {
              continue; // scored on their own corpus, NamesAndPlacesTest
            }
            String span = normal(seen.text().substring(f.start(), f.end()));
            PiiType type = PiiType.valueOf(f.type());
            boolean hit =
                open.removeIf(
                    new java.util.function.Predicate<>() {
                      boolean done;

                      @Override
                      public boolean test(PiiCorpus.Planted p) {
                        if (!done && p.type() == type && normal(p.written()).equals(span)) {
                          done = true;
                          return true;
                        }
                        return false;
                      }
                    });
            score.get(type)[hit ? 0 : 1]++;
            if (!hit) {
              misses.add("FP " + type + " in " + path + ": " + span);
            }
          }
          for (PiiCorpus.Planted p : open) {
            score.get(p.type())[2]++;
            misses.add("FN " + p.type() + " in " + path + ": " + around(seen.text(), p.written()));
          }
        });
    StringBuilder table = new StringBuilder("type precision recall (tp/fp/fn)\n");
    score.forEach(
        (t, s) ->
            table.append(
                String.format(
                    Locale.ROOT,
                    "%-26s %.3f %.3f (%d/%d/%d)%n",
                    t,
                    precision(s),
                    recall(s),
                    s[0],
                    s[1],
                    s[2])));
    System.out.println(table);
    for (PiiType t : PiiType.values()) {
      if (NAMES.contains(t.name())) {
        continue;
      }
      int[] s = score.get(t);
      assertTrue(s[0] + s[2] >= 20, () -> t + " has too few planted values: " + table);
      assertTrue(
          precision(s) >= FLOOR && recall(s) >= FLOOR,
          () -> t + " below " + FLOOR + "\n" + table + String.join("\n", misses));
    }
  }

  /**
   * Every value of the fixture files is found as written, in every file format: the phone, card,
   * IBAN and credential formats added there are few beside the seeded ones, so a recall floor per
   * type would hide a format missed altogether.
   */
  @Test
  void everyFixtureValueIsFoundAsWritten() {
    List<String> missed = new ArrayList<>();
    int values = 0;
    for (String path : FIXTURE_DOCS) {
      Seen seen = SEEN.get(path);
      for (PiiCorpus.Planted p : PLANTED.get(path)) {
        values++;
        boolean found =
            seen.findings().stream()
                .anyMatch(
                    f ->
                        f.type().equals(p.type().name())
                            && normal(seen.text().substring(f.start(), f.end()))
                                .equals(normal(p.written())));
        if (!found) {
          missed.add(p.type() + " in " + path + ": " + around(seen.text(), p.written()));
        }
      }
    }
    assertTrue(values >= 80, "fixture values planted: " + values);
    assertTrue(missed.isEmpty(), () -> "missed: " + String.join("\n", missed));
  }

  private static double precision(int[] s) {
    return s[0] + s[1] == 0 ? 1 : s[0] / (double) (s[0] + s[1]);
  }

  private static double recall(int[] s) {
    return s[0] + s[2] == 0 ? 1 : s[0] / (double) (s[0] + s[2]);
  }

  @Test
  void noPlantedValueAppearsInAnyOutput() throws IOException {
    List<String> values = new ArrayList<>();
    PLANTED
        .values()
        .forEach(list -> list.forEach(p -> values.addAll(PlantedDocs.forms(p.written()))));
    List<String> leaks = new ArrayList<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        for (String v : values) {
          if (content.contains(v)) {
            leaks.add(out.relativize(f) + ": " + v.substring(0, 4) + "…");
          }
        }
      }
    }
    leaks.addAll(IndexContents.containing(out.resolve("index"), values));
    assertTrue(values.size() > 500, "values planted: " + values.size());
    assertTrue(leaks.isEmpty(), () -> "raw values in the output: " + leaks);
  }

  @Test
  void summaryCountsWhatTheItemsCarry() throws IOException {
    JsonNode pii = Json.mapper().readTree(out.resolve("summary.json").toFile()).get("pii");
    long findings = SEEN.values().stream().mapToLong(s -> s.findings().size()).sum();
    long total = 0;
    for (JsonNode n : pii.get("types")) {
      total += n.asLong();
    }
    assertEquals(findings, total);
    assertTrue(pii.get("itemsWithPii").asLong() >= DOCUMENTS - 5, pii.toString());
    assertFalse(pii.get("sensitive").isEmpty(), pii.toString());
  }
}
