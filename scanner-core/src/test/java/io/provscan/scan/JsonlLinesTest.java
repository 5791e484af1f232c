package io.provscan.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.provscan.report.ScanOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records are parsed on several threads, but the visitor sees every complete line once, in file
 * order, with the record a one-by-one read makes of it.
 */
class JsonlLinesTest {
  @TempDir Path dir;

  static String record(int i) {
    return "{\"path\":\"f" + i + ".txt\",\"root\":\"/r\",\"status\":\"ok\",\"size\":" + i + "}";
  }

  @Test
  void visitsEveryLineInFileOrderWithItsRecord() throws IOException {
    int n = JsonlLines.BATCH_LINES * (JsonlLines.AHEAD + 3) + 7;
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    List<String> written = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String line = i == 300 ? "not a record" : record(i);
      written.add(line);
      file.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
    file.writeBytes("{\"path\":\"cut".getBytes(StandardCharsets.UTF_8)); // a killed scan's end
    Path items = Files.write(dir.resolve("items.jsonl"), file.toByteArray());

    List<String> seen = new ArrayList<>();
    JsonlLines lines = new JsonlLines();
    long end =
        lines.read(
            items,
            (line, record) -> {
              String text = new String(line, StandardCharsets.UTF_8);
              assertEquals(ScanOutput.parseLine(text), record, text);
              seen.add(text);
              return record != null && record.size() % 2 == 0;
            });

    assertEquals(written, seen);
    assertEquals(file.size() - "{\"path\":\"cut".length(), end, "the end of the last whole line");
    assertEquals(n / 2 + 1, lines.dropped, "odd sizes and the line that is no record");
  }

  @Test
  void malformedUtf8ReadsAsItsDecodedText() {
    byte[] line = record(1).replace("f1", "f\u00e91").getBytes(StandardCharsets.UTF_8);
    byte[] broken = line.clone();
    int at = new String(line, StandardCharsets.UTF_8).indexOf('\u00e9') + 1;
    broken[at] = (byte) 0xC3; // the é's second byte made a lead byte: no longer UTF-8
    String decoded = new String(broken, StandardCharsets.UTF_8);

    assertEquals(
        ScanOutput.parseLine(new String(line, StandardCharsets.UTF_8)), ScanOutput.parseLine(line));
    assertNotNull(ScanOutput.parseLine(broken), decoded);
    assertEquals(ScanOutput.parseLine(decoded), ScanOutput.parseLine(broken));
    assertNull(ScanOutput.parseLine("{\"path\":".getBytes(StandardCharsets.UTF_8)));
  }
}
