package io.provscan.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.provscan.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unfinished scan in the output folder is resumed, refused or started over. */
class CheckpointTest {
  @TempDir Path corpus;
  @TempDir Path reference;
  @TempDir Path out;

  @BeforeEach
  void corpus() throws IOException {
    for (int i = 0; i < 30; i++) {
      Corpus.text(corpus.resolve("f" + i + ".txt"), "File " + i + " under the MIT License.");
    }
  }

  ScanOptionsBuilder options(Path into) {
    return ScanOptions.builder().root(corpus).out(into).threads(2).index(false);
  }

  /**
   * What a kill leaves in {@code out}: the marker, the first {@code complete} lines of a finished
   * scan's items, half of the next line, no summary.
   */
  void killedAfter(List<String> lines, int complete) throws IOException {
    Checkpoint.begin(out, options(out).build(), false, null);
    String partial =
        String.join("\n", lines.subList(0, complete)) + "\n" + lines.get(complete).substring(0, 40);
    Files.writeString(out.resolve(Scanner.ITEMS), partial, StandardCharsets.UTF_8);
  }

  @Test
  void resumesAfterACutLineWithoutLosingOrRepeatingAnItem() throws Exception {
    new Scanner(options(reference).build()).run();
    killedAfter(Files.readAllLines(reference.resolve(Scanner.ITEMS)), 12);

    Scanner resumed = new Scanner(options(out).build());
    ScanResult result = resumed.run();

    assertEquals(12, resumed.resumed());
    assertEquals(30, result.seen(), "each file counted once");
    assertEquals(sorted(reference), sorted(out));
    RenderedAgain.assertSameAsTheScanWrote(out);
    assertEquals(
        ScannerTest.summary(reference).get("licenses"), ScannerTest.summary(out).get("licenses"));
    assertTrue(
        Files.readString(out.resolve(Checkpoint.FILE)).contains("\"finished\" : true"),
        "the scan is marked finished");
  }

  /**
   * Killed after its last item was recorded, before its summary: the resumed scan scans nothing.
   */
  @Test
  void resumesAScanKilledAfterItsLastItemWithTheSameSummary() throws Exception {
    new Scanner(options(reference).build()).run();
    Checkpoint.begin(out, options(out).build(), false, null);
    Files.copy(
        reference.resolve(Scanner.ITEMS),
        out.resolve(Scanner.ITEMS),
        StandardCopyOption.REPLACE_EXISTING);

    Scanner resumed = new Scanner(options(out).build());
    resumed.run();

    assertEquals(30, resumed.resumed());
    JsonNode before = ScannerTest.summary(reference);
    JsonNode after = ScannerTest.summary(out);
    assertEquals(before.get("verdicts"), after.get("verdicts"));
    assertEquals(before.get("sources"), after.get("sources"));
    RenderedAgain.assertSameAsTheScanWrote(out);
  }

  /** items.jsonl is read in blocks: lines that straddle a block's end are read whole. */
  @Test
  void resumesFromAnItemsFileLongerThanOneReadBlock() throws Exception {
    for (int i = 30; i < 400; i++) {
      Corpus.text(corpus.resolve("g" + i + ".txt"), "File " + i + " under the MIT License.");
    }
    new Scanner(options(reference).build()).run();
    List<String> lines = Files.readAllLines(reference.resolve(Scanner.ITEMS));
    String whole = String.join("\n", lines) + "\n";
    assertTrue(whole.length() > 2 * (1 << 16), "longer than two blocks: " + whole.length());
    killedAfter(lines, 250);

    Scanner resumed = new Scanner(options(out).build());
    ScanResult result = resumed.run();

    assertEquals(250, resumed.resumed());
    assertEquals(400, result.seen(), "each file counted once");
    assertEquals(sorted(reference), sorted(out));
  }

  @Test
  void aStoppedScanThrowsKeepsItsMarkerAndResumesToTheEnd() throws Exception {
    new Scanner(options(reference).build()).run();
    Scanner first = new Scanner(options(out).build());
    first.stop();
    assertThrows(InterruptedException.class, first::run);
    assertTrue(Files.exists(out.resolve(Checkpoint.FILE)));
    assertFalse(Files.exists(out.resolve(Scanner.SUMMARY)), "a stopped scan is not finished");

    new Scanner(options(out).build()).run();
    assertEquals(sorted(reference), sorted(out));
  }

  @Test
  void refusesAnUnfinishedScanOfOtherOptionsUnlessToldToRestart() throws Exception {
    Checkpoint.begin(out, options(out).build(), false, null);
    Files.writeString(out.resolve(Scanner.ITEMS), "");
    ScanOptions other = options(out).pii(false).build();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Scanner(other).run());
    assertTrue(
        e.getMessage().contains("unfinished scan of other options (pii, piiTypes)"),
        e.getMessage());

    ScanResult fresh = new Scanner(other).restart(true).run();
    assertEquals(30, fresh.seen());
  }

  @Test
  void aNewScanRemovesTheOldSummarySoAKilledOneIsNeverTakenForFinished() throws Exception {
    new Scanner(options(out).build()).run();
    assertTrue(Files.exists(out.resolve(Scanner.SUMMARY)));
    Checkpoint.begin(out, options(out).build(), false, null);
    assertFalse(Files.exists(out.resolve(Scanner.SUMMARY)));
  }

  static List<String> sorted(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (JsonNode item : ScannerTest.items(dir)) {
      ((ObjectNode) item).remove("elapsedMs");
      lines.add(item.toString());
    }
    lines.sort(null);
    return lines;
  }
}
