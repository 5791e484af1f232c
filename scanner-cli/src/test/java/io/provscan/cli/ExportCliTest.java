package io.provscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.report.ExportLog;
import io.provscan.scan.OutputLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code provscan export}: operators from the policy file and the options, the record in the scan's
 * folder with the statement rendered again in --lang, and the exit code of a busy destination.
 */
class ExportCliTest {
  @TempDir static Path corpus;
  @TempDir static Path out;
  @TempDir Path work;

  @BeforeAll
  static void scan() throws Exception {
    Files.writeString(
        corpus.resolve("note.txt"),
        "Write to li.na@example.com or call +86 138 0013 8000 about the order.",
        StandardCharsets.UTF_8);
    CliTest.Run scan =
        CliTest.run("scan", corpus.toString(), "--out", out.toString(), "--no-index", "--quiet");
    assertEquals(ExitCodes.OK, scan.code(), scan.err());
  }

  private Path policy(String yaml) throws Exception {
    return Files.writeString(work.resolve("policy.yaml"), yaml, StandardCharsets.UTF_8);
  }

  private static ExportLog.Entry entryOf(Path dest) throws Exception {
    String d = dest.toAbsolutePath().normalize().toString();
    return ExportLog.read(out).exports().stream()
        .filter(e -> e.destination().equals(d))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no record of " + d));
  }

  @Test
  void operatorsComeFromThePolicyAndTheOptionsOverrideThem() throws Exception {
    Path p = policy("export:\n  operators:\n    EMAIL_ADDRESS: tag\n    PHONE_NUMBER: tag\n");
    Path dest = work.resolve("clean");
    CliTest.Run r =
        CliTest.run(
            "export",
            out.toString(),
            "--to",
            dest.toString(),
            "--policy",
            p.toString(),
            "--include-review",
            "--pii-type",
            "PHONE_NUMBER=redact",
            "--lang",
            "en");
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertTrue(r.out().contains("recorded in " + out.resolve(ExportLog.FILE)), r.out());
    ExportLog.Entry e = entryOf(dest);
    assertEquals("tag", e.operators().get("EMAIL_ADDRESS"), "from the policy");
    assertEquals("redact", e.operators().get("PHONE_NUMBER"), "the option wins");
    assertEquals("mask", e.operators().get("CN_RESIDENT_ID"), "neither says: masked");
    assertEquals(1, e.exported());

    CliTest.Run all =
        CliTest.run(
            "export",
            out.toString(),
            "--to",
            dest.toString(),
            "--policy",
            p.toString(),
            "--include-review",
            "--pii",
            "redact",
            "--quiet");
    assertEquals(ExitCodes.OK, all.code(), all.err());
    assertEquals("redact", entryOf(dest).operators().get("EMAIL_ADDRESS"), "--pii overrides all");
  }

  @Test
  void rendersTheStatementAgainInTheLanguageAsked() throws Exception {
    Path dest = work.resolve("zh");
    CliTest.Run r =
        CliTest.run("export", out.toString(), "--to", dest.toString(), "--lang", "zh", "--quiet");
    assertEquals(ExitCodes.OK, r.code(), r.err());
    String statement =
        Files.readString(out.resolve("training-data-statement.md"), StandardCharsets.UTF_8);
    assertTrue(statement.contains("导出至"), statement);
    String page = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("导出至"), "report.html is rendered again in Chinese");
    assertFalse(page.contains("li.na@example.com"), "the page never carries the raw value");
  }

  @Test
  void aBusyDestinationExitsWithTheBusyCodeAndAClearMessage() throws Exception {
    Path dest = Files.createDirectories(work.resolve("busy"));
    OutputLock held = OutputLock.acquire(dest, "export", "--to");
    CliTest.Run r;
    try {
      r = CliTest.run("export", out.toString(), "--to", dest.toString(), "--quiet");
    } finally {
      held.close();
    }
    assertEquals(ExitCodes.BUSY, r.code(), r.err());
    assertEquals(4, ExitCodes.BUSY);
    assertTrue(r.err().contains("another export is writing into " + dest), r.err());
    assertTrue(r.err().contains("choose another --to"), r.err());
    assertFalse(Files.exists(dest.resolve("croissant.json")));
  }

  @Test
  void aBadOperatorInThePolicyIsAUsageError() throws Exception {
    Path p = policy("export:\n  operators:\n    EMAIL_ADDRESS: scramble\n");
    CliTest.Run r =
        CliTest.run(
            "export",
            out.toString(),
            "--to",
            work.resolve("bad").toString(),
            "--policy",
            p.toString());
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("'export.operators.EMAIL_ADDRESS' must be one of"), r.err());
  }
}
