package io.provscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path corpus;
  @TempDir Path out;

  @Test
  void scanWritesBothReportsAndReportRendersThemAgainWithoutRescanning() throws Exception {
    Files.writeString(corpus.resolve("notes.txt"), "Some notes.", StandardCharsets.UTF_8);
    CliTest.Run scan =
        CliTest.run("scan", corpus.toString(), "--out", out.toString(), "--no-index");
    assertEquals(0, scan.code(), scan.err());
    assertTrue(scan.out().contains("report.html"), scan.out());
    assertTrue(scan.out().contains("provenance.spdx.json"), scan.out());
    Files.delete(out.resolve("report.html"));
    Files.delete(out.resolve("provenance.spdx.json"));
    Files.delete(corpus.resolve("notes.txt"));

    CliTest.Run report = CliTest.run("report", out.toString());
    assertEquals(0, report.code(), report.err());
    assertTrue(report.out().contains("provscan rendered 1 items"), report.out());
    String page = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertTrue(page.contains("notes.txt"), "the record of a file no longer there");
    String spdx = Files.readString(out.resolve("provenance.spdx.json"), StandardCharsets.UTF_8);
    assertTrue(spdx.contains("\"name\" : \"notes.txt\""), spdx);
  }

  @Test
  void exitsWithThreeWhenTheFolderHoldsNoFinishedScan() {
    CliTest.Run report = CliTest.run("report", out.toString());
    assertEquals(3, report.code());
    assertTrue(report.err().contains("no finished scan in " + out), report.err());
    assertFalse(Files.exists(out.resolve("report.html")));
  }

  @Test
  void rejectsAnSpdxFileLimitOutOfRange() {
    CliTest.Run report = CliTest.run("report", out.toString(), "--spdx-max-files", "-1");
    assertEquals(2, report.code());
    assertTrue(report.err().contains("--spdx-max-files -1"), report.err());
  }
}
