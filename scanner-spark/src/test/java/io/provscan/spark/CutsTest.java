package io.provscan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the work is cut: byte ranges cover each corpus without a gap or an overlap, no larger than a
 * run, and shrink towards the end of the input, as the tasks packed from them do, so that no slot
 * waits long for the last one.
 */
class CutsTest {
  private static final long MB = 1024 * 1024;
  private static final long SPLIT = 16 * MB;

  @Test
  void rangesCoverEveryCorpusAndShrinkTowardsTheEnd() {
    List<Unit> corpora = List.of(corpus("a.jsonl", 150 * MB), corpus("b.jsonl", 50 * MB + 123));
    List<Cuts.Range> ranges = Cuts.ranges(corpora, SPLIT, 2);
    for (int f = 0; f < corpora.size(); f++) {
      long next = 0;
      for (Cuts.Range r : ranges) {
        if (r.file() == f) {
          assertEquals(next, r.from(), "no gap, no overlap");
          next = r.to();
        }
      }
      assertEquals(corpora.get(f).size(), next, "the ranges reach the file's end");
    }
    assertTrue(ranges.stream().allMatch(r -> r.to() - r.from() <= SPLIT));
    assertEquals(SPLIT, length(ranges.get(0)), "the first ranges are whole runs");
    Cuts.Range last = ranges.get(ranges.size() - 1);
    assertTrue(length(last) <= SparkScan.MIN_RUN_BYTES, "the last is the smallest: " + last);
  }

  @Test
  void packedTasksShrinkTowardsTheEndAndKeepEveryUnit() {
    List<Unit> files = List.of(corpus("a.jsonl", 200 * MB));
    List<Unit> runs =
        Cuts.ranges(files, SPLIT, 2).stream()
            .map(
                r ->
                    new Unit(
                        Unit.Kind.LINES,
                        "/",
                        "a.jsonl",
                        "a",
                        200 * MB,
                        r.from(),
                        r.to() - r.from(),
                        1,
                        null,
                        0))
            .toList();
    List<List<Unit>> tasks = SparkScan.pack(runs, SPLIT, 2);
    assertEquals(runs.size(), tasks.stream().mapToInt(List::size).sum());
    long first = weight(tasks.get(0));
    long last = weight(tasks.get(tasks.size() - 1));
    assertEquals(SPLIT, first);
    assertTrue(last * 8 < first, "the last task is short: " + last + " of " + first);
  }

  private static long length(Cuts.Range r) {
    return r.to() - r.from();
  }

  private static long weight(List<Unit> task) {
    return task.stream().mapToLong(Unit::weight).sum();
  }

  private static Unit corpus(String name, long size) {
    return Unit.file("/data", name, "file:/data/" + name, size);
  }
}
