package io.provscan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.internal.Hashing;
import io.provscan.report.ExportLog;
import io.provscan.report.Lang;
import io.provscan.report.statement.StatementFiles;
import io.provscan.scan.OutputInUseException;
import io.provscan.scan.OutputLock;
import io.provscan.scan.ScanOptions;
import io.provscan.scan.Scanner;
import io.provscan.testing.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export is recorded in the scan's {@code exports.json}, and the scan's page and training-data
 * statement are rendered again to state how personal data was handled; two exports into one folder
 * do not interleave.
 */
class ExportRecordTest {
  static final String EMAIL = "zhang.wei@example.com";

  @TempDir static Path corpus;
  @TempDir static Path scan;
  @TempDir Path work;

  @BeforeAll
  static void scanACorpusWithAnEmailAddress() throws Exception {
    Corpus.text(corpus.resolve("note.txt"), "Write to " + EMAIL + " about the tea order.");
    Corpus.text(corpus.resolve("plain.txt"), "A plain note about coffee.");
    new Scanner(ScanOptions.builder().root(corpus).out(scan).threads(1).index(false).build()).run();
  }

  private ExportResult export(Path dest, PiiOperators operators, Lang lang) throws Exception {
    return new Exporter(
            ExportOptions.defaults(scan, dest)
                .withOperators(operators)
                .with(null, true, ShardFormat.JSONL_GZ, ExportOptions.DEFAULT_SHARD_SIZE)
                .withRun(1, false)
                .withLang(lang))
        .run();
  }

  private static ExportLog.Entry entryOf(Path dest) throws Exception {
    String d = dest.toAbsolutePath().normalize().toString();
    return ExportLog.read(scan).exports().stream()
        .filter(e -> e.destination().equals(d))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no record of " + d));
  }

  @Test
  void recordsOperatorsCountsAndTheManifestHash() throws Exception {
    Path dest = work.resolve("tagged");
    ExportResult r =
        export(
            dest,
            new PiiOperators(Operator.MASK, Map.of("EMAIL_ADDRESS", Operator.TAG), null),
            Lang.EN);
    ExportLog.Entry e = entryOf(dest);
    assertEquals("tag", e.operators().get("EMAIL_ADDRESS"));
    assertEquals("mask", e.operators().get("PHONE_NUMBER"));
    assertEquals(r.kept(), e.exported());
    assertEquals(r.dropped(), e.leftOut());
    assertEquals(2, e.exported(), "both notes go out with --include-review");
    assertEquals(1, e.review(), "the note with an e-mail address is to review by default");
    assertEquals(Map.of("tag", 1L), e.deidentified().get("EMAIL_ADDRESS"));
    byte[] manifest = Files.readAllBytes(dest.resolve(Exporter.MANIFEST));
    assertEquals(Exporter.MANIFEST, e.manifest());
    assertEquals(Hashing.sha256Hex(manifest, manifest.length), e.manifestSha256());
    assertEquals(r.shardNames(), e.shards());
  }

  @Test
  void theStatementAndThePageSayHowPersonalDataWasHandled() throws Exception {
    Path dest = work.resolve("hashed");
    export(
        dest,
        new PiiOperators(Operator.HASH, Map.of(), "a salt of sixteen or more characters"),
        Lang.EN);
    String statement =
        Files.readString(scan.resolve(StatementFiles.STATEMENT), StandardCharsets.UTF_8);
    String d = dest.toAbsolutePath().normalize().toString();
    assertTrue(statement.contains("Export to " + d), statement);
    assertTrue(statement.contains("hash (salted SHA-256)"), statement);
    assertTrue(statement.contains(entryOf(dest).manifestSha256()), statement);
    assertFalse(statement.contains(EMAIL), "the statement never carries the value");
    String page = Files.readString(scan.resolve("report.html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("Export to " + d), "report.html is rendered again");
  }

  @Test
  void rendersAgainInTheLanguageAsked() throws Exception {
    Path dest = work.resolve("zh");
    export(dest, PiiOperators.DEFAULTS, Lang.ZH);
    String statement =
        Files.readString(scan.resolve(StatementFiles.STATEMENT), StandardCharsets.UTF_8);
    assertTrue(statement.contains("导出至 " + dest.toAbsolutePath().normalize()), statement);
    assertTrue(statement.contains("掩码"), statement);
    export(dest, PiiOperators.DEFAULTS, Lang.EN);
    assertFalse(
        Files.readString(scan.resolve(StatementFiles.STATEMENT), StandardCharsets.UTF_8)
            .contains("导出至"));
  }

  @Test
  void aSecondExportIntoTheSameFolderReplacesItsRecord() throws Exception {
    Path dest = work.resolve("twice");
    export(dest, PiiOperators.DEFAULTS, Lang.EN);
    export(dest, new PiiOperators(Operator.REDACT, Map.of(), null), Lang.EN);
    String d = dest.toAbsolutePath().normalize().toString();
    long records =
        ExportLog.read(scan).exports().stream().filter(e -> e.destination().equals(d)).count();
    assertEquals(1, records);
    assertEquals("redact", entryOf(dest).operators().get("EMAIL_ADDRESS"));
  }

  @Test
  void anExportIntoAFolderAnotherExportHoldsIsRefusedAndWritesNothing() throws Exception {
    Path dest = Files.createDirectories(work.resolve("busy"));
    OutputLock held = OutputLock.acquire(dest, "export", "--to");
    try {
      OutputInUseException e =
          assertThrows(
              OutputInUseException.class, () -> export(dest, PiiOperators.DEFAULTS, Lang.EN));
      assertTrue(e.getMessage().contains("another export is writing into " + dest), e.getMessage());
      assertTrue(e.getMessage().contains("choose another --to"), e.getMessage());
    } finally {
      held.close();
    }
    assertFalse(Files.exists(dest.resolve(Exporter.MANIFEST)));
    assertFalse(Files.exists(dest.resolve(ExportState.FILE)), "refused before it began");
    export(dest, PiiOperators.DEFAULTS, Lang.EN);
    assertTrue(Files.exists(dest.resolve(Exporter.MANIFEST)), "free again once released");
  }

  @Test
  void theRecordWaitsWhileTheScanFolderIsHeld() throws Exception {
    Path dest = work.resolve("scan-busy");
    OutputLock held = OutputLock.acquire(scan);
    Thread release =
        new Thread(
            () -> {
              try {
                Thread.sleep(1500);
                held.close();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    release.start();
    try {
      export(dest, PiiOperators.DEFAULTS, Lang.EN);
    } finally {
      release.join();
    }
    assertEquals("mask", entryOf(dest).operators().get("EMAIL_ADDRESS"));
  }

  @Test
  void waitingForAFolderGivesUpWithAClearMessage() throws Exception {
    OutputLock held = OutputLock.acquire(scan);
    try {
      OutputInUseException e =
          assertThrows(
              OutputInUseException.class,
              () -> OutputLock.acquireWaiting(scan, "scan or export", "", 300).close());
      assertTrue(e.getMessage().contains("another scan or export is writing into"), e.getMessage());
      assertFalse(e.getMessage().contains("choose another"), e.getMessage());
    } finally {
      held.close();
    }
  }
}
