package io.provscan.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ranges counted apart give what one read of the file gives: every line owned by exactly one range,
 * runs that follow each other without a gap, and the same records (blank lines are not records,
 * over-long ones are), wherever the cuts fall.
 */
class LineSplitsTest {
  private static final int MAX = 12;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\":1}\n{\"b\":2}\n\n  \n{\"c\":3}\n",
        "{\"a\":1}\n{\"b\":2}\n{\"no end\":3}",
        "\n\n\n",
        "a line far longer than the record limit\nshort\n   \n",
        "x\n   ",
        "one line without an end, longer than the limit"
      })
  void rangesCountedApartGiveWhatOneReadGives(String text) throws IOException {
    byte[] file = text.getBytes(StandardCharsets.UTF_8);
    List<String> lines = lines(text);
    long members = lines.stream().filter(l -> !l.isBlank() || l.length() > MAX).count();
    for (int size = 1; size <= file.length; size++) {
      List<LineSplits.Run> runs = new ArrayList<>();
      for (int from = 0; from < file.length; from += size) {
        runs.add(count(file, from, Math.min(file.length, from + size)));
      }
      long next = 0;
      long owned = 0;
      long records = 0;
      for (LineSplits.Run r : runs) {
        if (r.empty()) {
          continue;
        }
        assertEquals(next, r.start(), "runs follow each other, cut every " + size);
        assertTrue(r.end() > r.start());
        next = r.end();
        owned += r.lines();
        records += r.members();
      }
      assertEquals(file.length, next, "the last run ends with the file");
      assertEquals(lines.size(), owned, "every line once, cut every " + size);
      assertEquals(members, records, "records, cut every " + size);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 8})
  void aRangeOwnsTheLineThatStartsInIt(int from) throws IOException {
    byte[] file = "ab\ncd\nef\ngh\n".getBytes(StandardCharsets.UTF_8);
    LineSplits.Run r = count(file, from, from + 3);
    long expected = ((from + 2) / 3) * 3; // lines start at 0, 3, 6, 9
    assertEquals(expected, r.start());
    assertEquals(1, r.lines());
    assertEquals(expected + 3, r.end());
  }

  private static LineSplits.Run count(byte[] file, int from, int to) throws IOException {
    int at = Math.max(0, from - 1);
    return LineSplits.count(new ByteArrayInputStream(file, at, file.length - at), from, to, MAX);
  }

  /** The lines of a file as one read sees them: a last line without an end counts if not empty. */
  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
    if (out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
