package io.provscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.internal.Json;
import io.provscan.testing.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path corpus;
  @TempDir Path out;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  void write(String name, String text) throws IOException {
    Path file = corpus.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void showsHelpAndVersion() {
    Run help = run("--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("scan") && help.out().contains("search"));
    Run scanHelp = run("scan", "--help");
    assertTrue(scanHelp.out().contains("--max-item-size"), scanHelp.out());
    assertTrue(scanHelp.out().contains("--item-timeout"));
    Run version = run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().startsWith("provscan "), version.out());
  }

  @Test
  void scansThenFindsAPhraseWithASnippet() throws IOException {
    write(
        "docs/license.txt", "Licensed under the Apache License, Version 2.0. The quick brown fox.");
    write("docs/other.txt", "Nothing to see.");
    Run scan = run("scan", corpus.toString(), "--out", out.toString());
    assertEquals(0, scan.code(), scan.err());
    assertTrue(scan.out().contains("scanned 2 items (2 ok, 0 failed, 0 skipped)"), scan.out());
    assertTrue(scan.out().contains("items.jsonl"));
    Run search = run("search", "--out", out.toString(), "quick", "brown");
    assertEquals(0, search.code(), search.err());
    assertTrue(search.out().contains("docs/license.txt"), search.out());
    assertTrue(search.out().contains("**quick**"), search.out());
    Run json = run("search", "--out", out.toString(), "--json", "\"apache license\"");
    JsonNode doc = Json.mapper().readTree(json.out());
    assertEquals(1, doc.get("total").asInt());
    assertEquals("docs/license.txt", doc.get("hits").get(0).get("path").asText());
  }

  /**
   * A corpus whose fields the built-in names miss is read row by row once its columns are named.
   */
  @Test
  void namedColumnsMakeTheRowsOfAnOddSchemaItems() throws IOException {
    write(
        "crawl/part-0.jsonl",
        "{\"passage\":\"Mail li.lei@example.com now.\",\"page\":\"https://a.example/1\",\"terms\":\"cc-by-4.0\"}\n"
            + "{\"passage\":\"Second passage.\",\"page\":\"https://b.example/2\",\"terms\":\"mit\"}\n");
    Run plain = run("scan", corpus.toString(), "--out", out.toString(), "--no-index");
    assertTrue(plain.out().contains("scanned 1 items"), "one document: " + plain.out());
    Path named = out.resolve("named");
    Run scan =
        run(
            "scan",
            corpus.toString(),
            "--out",
            named.toString(),
            "--no-index",
            "--text-column",
            "Passage",
            "--url-column",
            "page",
            "--license-column",
            "terms");
    assertEquals(0, scan.code(), scan.err());
    assertTrue(scan.out().contains("scanned 3 items"), scan.out());
    List<JsonNode> items = new ArrayList<>();
    for (String line : Files.readAllLines(named.resolve("items.jsonl"))) {
      items.add(Json.mapper().readTree(line));
    }
    JsonNode first =
        items.stream()
            .filter(i -> i.get("path").asText().equals("crawl/part-0.jsonl#1"))
            .findFirst()
            .orElseThrow();
    assertEquals("https://a.example/1", first.get("url").asText());
    assertTrue(first.get("licenses").toString().contains("CC-BY-4.0"), first.toString());
    assertTrue(first.get("pii").toString().contains("EMAIL_ADDRESS"), first.toString());
    JsonNode options =
        Json.mapper().readTree(named.resolve("summary.json").toFile()).get("options");
    assertEquals("passage", options.get("textColumn").asText());
  }

  @Test
  void quietPrintsNothing() throws IOException {
    write("a.txt", "a");
    Run scan = run("scan", corpus.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, scan.code());
    assertEquals("", scan.out());
    assertEquals("", scan.err());
    assertTrue(Files.exists(out.resolve("summary.json")));
  }

  @Test
  void aMissingPathIsAUsageErrorNamingIt() {
    Run r = run("scan", corpus.resolve("no-such-dir").toString(), "--out", out.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no-such-dir") && r.err().contains("does not exist"), r.err());
  }

  @Test
  void aBadOptionValueIsAUsageErrorNamingIt() {
    Run size = run("scan", corpus.toString(), "--max-item-size", "10XB");
    assertEquals(2, size.code());
    assertTrue(size.err().contains("'10XB' is not a size"), size.err());
    Run threads = run("scan", corpus.toString(), "--threads", "0", "--out", out.toString());
    assertEquals(2, threads.code());
    assertTrue(threads.err().contains("--threads must be between 1 and 256, got 0"), threads.err());
    Run time = run("scan", corpus.toString(), "--item-timeout", "soon");
    assertEquals(2, time.code());
    assertTrue(time.err().contains("'soon' is not a duration"), time.err());
  }

  @Test
  void anOutputThatCannotBeWrittenMeansCannotRun() throws IOException {
    write("a.txt", "a");
    Path file = Files.writeString(out.resolve("file"), "x");
    Run r = run("scan", corpus.toString(), "--out", file.resolve("sub").toString());
    assertEquals(3, r.code());
    assertTrue(r.err().startsWith("provscan: cannot run:"), r.err());
  }

  @Test
  void searchingWithoutAnIndexCannotRunAndABadQueryIsAUsageError() throws IOException {
    Run missing = run("search", "--out", out.toString(), "anything");
    assertEquals(3, missing.code());
    assertTrue(missing.err().contains("no index"), missing.err());
    write("a.txt", "alpha");
    assertEquals(0, run("scan", corpus.toString(), "--out", out.toString(), "--quiet").code());
    Run bad = run("search", "--out", out.toString(), "title:(unclosed");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("cannot parse query"), bad.err());
  }

  /** The README's first command: a scan of the bundled demo corpus with no PATH. */
  @Test
  void scansTheDemoCorpusWhenNoPathIsGiven() throws IOException {
    System.setProperty("provscan.home", Fixtures.repo().toString());
    Run r = run("scan", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    // the console summary names what each capability found, never a personal value
    assertTrue(r.out().contains("licences: "), r.out());
    assertTrue(r.out().contains("opt-outs: 4 of 9 pages reserved"), r.out());
    assertTrue(r.out().contains("personal data: 1 items: "), r.out());
    assertTrue(r.out().contains("CN_RESIDENT_ID ×1"), r.out());
    List<JsonNode> items = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("items.jsonl"))) {
      items.add(Json.mapper().readTree(line));
    }
    List<String> types = items.stream().map(i -> i.path("mediaType").asText()).toList();
    assertTrue(types.contains("application/pdf"), types.toString());
    assertTrue(types.contains("text/html"), types.toString());
    assertTrue(
        types.contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    assertTrue(items.stream().anyMatch(i -> i.get("path").asText().contains(".zip!/")));
    assertTrue(
        items.stream().anyMatch(i -> i.get("path").asText().matches(".*\\.warc(\\.gz)?#\\d+")));
    assertTrue(
        items.stream()
            .anyMatch(
                i ->
                    "GB18030".equals(i.path("charset").asText())
                        || "GBK".equals(i.path("charset").asText())));
    Run search = run("search", "--out", out.toString(), "\"training data\"");
    assertEquals(0, search.code(), search.err());
    assertTrue(search.out().contains("matches"), search.out());
  }
}
