package io.provscan.spark;

import io.provscan.scan.LineSplits;
import io.provscan.scan.RecordScanner;
import io.provscan.scan.ScanOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Cuts large JSONL corpora into runs of whole lines, so that a corpus's records spread over many
 * tasks (a 2 GB shard is not one task's work) and keep the CLI's {@code file.jsonl#n} numbering.
 * The driver reads each candidate's head and, when the CLI would read the file as records, cuts it
 * into byte ranges; a short stage counts the lines of every range at once ({@link LineSplits}), a
 * task per range, so no task reads a whole file and no executor starts a scanner for it. The runs'
 * first line numbers follow from the counts. The file itself becomes a {@link Unit.Kind#CORPUS}
 * unit, reported as the CLI reports it (its record count from the counts; its hash taken by the
 * scan task that carries it).
 *
 * <p>Ranges shrink towards the end of the input (guided self-scheduling): each is at most {@code
 * split} bytes and about the remaining bytes over twice the task slots, so the last tasks are short
 * and no slot waits long for the slowest.
 */
final class Cuts {
  /** Bytes of a file's head shown to the JSONL reader to claim it: {@value}, as the CLI does. */
  static final int HEAD_BYTES = 64 * 1024;

  /** Ranges per task slot cut from the bytes still ahead: {@value}. */
  static final int RANGES_PER_SLOT = 2;

  private Cuts() {}

  /**
   * A byte range of a file to count.
   *
   * @param file the index of its file among the candidates
   * @param uri the file
   * @param from its first byte
   * @param to the byte after its last
   */
  record Range(int file, String uri, long from, long to) implements Serializable {}

  /** True when a file is worth cutting: a JSONL name and more than one run's bytes. */
  static boolean candidate(Unit u, long splitBytes) {
    String n = u.path().toLowerCase(java.util.Locale.ROOT);
    return u.size() > splitBytes && (n.endsWith(".jsonl") || n.endsWith(".ndjson"));
  }

  /** The units of {@code files}: the candidates cut into runs, the others unchanged. */
  static List<Unit> cut(
      JavaSparkContext jsc,
      List<Unit> files,
      ScanOptions scan,
      int maxRecordBytes,
      Broadcast<SerializableConfiguration> hadoop,
      long split,
      int slots)
      throws IOException {
    Configuration conf = hadoop.value().value();
    List<Unit> corpora = new ArrayList<>();
    List<Unit> units = new ArrayList<>();
    for (Unit u : files) {
      (candidate(u, split) && readsAsRecords(u, scan, conf) ? corpora : units).add(u);
    }
    if (corpora.isEmpty()) {
      return units;
    }
    List<Range> ranges = ranges(corpora, split, slots);
    List<LineSplits.Run> runs =
        jsc.parallelize(ranges, ranges.size())
            .map(r -> count(r, hadoop.value().value(), maxRecordBytes))
            .collect();
    for (int f = 0; f < corpora.size(); f++) {
      units.addAll(units(corpora.get(f), f, ranges, runs));
    }
    return units;
  }

  /** True when the CLI reads the file as a JSONL corpus, by its name and head. */
  private static boolean readsAsRecords(Unit u, ScanOptions scan, Configuration conf)
      throws IOException {
    Path p = new Path(u.uri());
    byte[] head = new byte[HEAD_BYTES];
    int n;
    try (InputStream in = p.getFileSystem(conf).open(p)) {
      n = in.readNBytes(head, 0, head.length);
    }
    String name = u.path().substring(u.path().lastIndexOf('/') + 1);
    return RecordScanner.readsAsJsonlCorpus(scan, name, head, n);
  }

  /** The byte ranges of the corpora, in file order, shrinking towards the end of the input. */
  static List<Range> ranges(List<Unit> corpora, long split, int slots) {
    long left = corpora.stream().mapToLong(Unit::size).sum();
    long divisor = (long) Math.max(1, slots) * RANGES_PER_SLOT;
    List<Range> ranges = new ArrayList<>();
    for (int f = 0; f < corpora.size(); f++) {
      Unit u = corpora.get(f);
      for (long from = 0; from < u.size(); ) {
        long length = Math.max(SparkScan.MIN_RUN_BYTES, Math.min(split, left / divisor));
        long to = Math.min(u.size(), from + length);
        ranges.add(new Range(f, u.uri(), from, to));
        left -= to - from;
        from = to;
      }
    }
    return ranges;
  }

  /** Counts one range's lines (a task). */
  static LineSplits.Run count(Range r, Configuration conf, int maxRecordBytes) throws IOException {
    Path p = new Path(r.uri());
    try (FSDataInputStream in = p.getFileSystem(conf).open(p, 1 << 16)) {
      in.seek(Math.max(0, r.from() - 1));
      return LineSplits.count(in, r.from(), r.to(), maxRecordBytes);
    }
  }

  /**
   * The units of one corpus from its ranges' counts: its runs and itself, or the whole file
   * unchanged when its lines fall in one run.
   */
  private static List<Unit> units(Unit u, int f, List<Range> ranges, List<LineSplits.Run> runs) {
    List<Unit> units = new ArrayList<>();
    long line = 1;
    long members = 0;
    for (int i = 0; i < ranges.size(); i++) {
      LineSplits.Run run = runs.get(i);
      if (ranges.get(i).file() != f || run.empty()) {
        continue;
      }
      units.add(
          new Unit(
              Unit.Kind.LINES,
              u.root(),
              u.path(),
              u.uri(),
              u.size(),
              run.start(),
              run.end() - run.start(),
              line,
              null,
              0));
      line += run.lines();
      members += run.members();
    }
    if (units.size() < 2) {
      return List.of(u);
    }
    units.add(
        new Unit(Unit.Kind.CORPUS, u.root(), u.path(), u.uri(), u.size(), 0, 0, 0, null, members));
    return units;
  }
}
