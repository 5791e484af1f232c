package io.provscan.cli;

import static io.provscan.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.cli.CliTest.Run;
import io.provscan.internal.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate's exit codes from the command line. */
class GateTest {
  @TempDir Path corpus;
  @TempDir Path out;
  @TempDir Path policies;

  @BeforeEach
  void scanACorpusWithOneBrokenFile() throws IOException {
    Files.writeString(corpus.resolve("fine.txt"), "A fine text.");
    Files.write(corpus.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes());
    Run scan = run("scan", corpus.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, scan.code(), "the bundled policy only fills in verdicts: " + scan.err());
  }

  Path policy(String yaml) throws IOException {
    return Files.writeString(policies.resolve("policy.yaml"), yaml);
  }

  @Test
  void passesWhenNothingIsBlockedAndFailsOnReviewWhenAsked() {
    Run pass = run("gate", out.toString());
    assertEquals(0, pass.code(), pass.out() + pass.err());
    assertTrue(pass.out().startsWith("provscan gate: PASS (fail on block)"), pass.out());
    assertTrue(pass.out().contains("items: 0 block, 1 review, 1 allow"), pass.out());
    Run strict = run("gate", "--fail-on", "review", out.toString());
    assertEquals(1, strict.code());
    assertTrue(strict.out().contains("review items.failed"), strict.out());
  }

  @Test
  void failsUnderAPolicyThatBlocksWhatItFound() throws IOException {
    Path p = policy("items:\n  failed: block\n");
    Run gate = run("gate", "--policy", p.toString(), out.toString());
    assertEquals(1, gate.code(), gate.out());
    assertTrue(gate.out().startsWith("provscan gate: FAIL"), gate.out());
    assertTrue(
        gate.out().contains("block: not extracted (parse-error) (items.failed)"), gate.out());
    Run json = run("gate", "--json", "--policy", p.toString(), out.toString());
    JsonNode doc = Json.mapper().readTree(json.out());
    assertEquals(false, doc.get("pass").asBoolean());
    assertEquals(1, doc.get("verdicts").get("items").get("block").asInt());
  }

  @Test
  void aScanWithAPolicyIsAGate() throws IOException {
    Path p = policy("items:\n  failed: block\n");
    Path out2 = policies.resolve("out2");
    Run scan = run("scan", corpus.toString(), "--out", out2.toString(), "--policy", p.toString());
    assertEquals(1, scan.code(), scan.out() + scan.err());
    assertTrue(scan.out().contains("verdict: 1 block, 0 review, 1 allow"), scan.out());
    JsonNode summary = Json.mapper().readTree(out2.resolve("summary.json").toFile());
    assertEquals(p.toString(), summary.get("policy").get("origin").asText());
    String firstLine = Files.readAllLines(out2.resolve("items.jsonl")).get(0);
    assertTrue(firstLine.contains("\"verdict\":\""), firstLine);
  }

  @Test
  void aBadPolicyIsAUsageErrorNamingTheLineAndKey() throws IOException {
    Path p = policy("optout:\n  reserved: block\n  resreved: allow\n");
    Run gate = run("gate", "--policy", p.toString(), out.toString());
    assertEquals(2, gate.code());
    assertTrue(gate.err().contains("line 3: unknown key 'resreved'"), gate.err());
    Run failOn = run("gate", "--fail-on", "sometimes", out.toString());
    assertEquals(2, failOn.code());
    assertTrue(
        failOn.err().contains("--fail-on must be block or review, got 'sometimes'"), failOn.err());
  }

  @Test
  void cannotRunWithoutAFinishedScan() {
    Run gate = run("gate", policies.toString());
    assertEquals(3, gate.code());
    assertTrue(gate.err().contains("no finished scan"), gate.err());
  }
}
