package io.provscan.spark;

import io.provscan.scan.LineSplits;
import io.provscan.scan.RecordScanner;
import io.provscan.sitepolicy.PolicyCaptures;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * The first pass over large JSONL corpora: a task per file reads it once, and when the CLI would
 * read it as records, cuts it into runs of whole lines so that its records spread over many tasks
 * (a 2 GB shard is not one task's work). The file itself becomes a {@link Unit.Kind#CORPUS} unit,
 * reported as the CLI reports it (hash, record count).
 */
final class Cuts {
  /** Bytes of a file's head shown to the JSONL reader to claim it: {@value}, as the CLI does. */
  static final int HEAD_BYTES = 64 * 1024;

  private Cuts() {}

  /** True when a file is worth cutting: a JSONL name and more than one run's bytes. */
  static boolean candidate(Unit u, long splitBytes) {
    String n = u.path().toLowerCase(java.util.Locale.ROOT);
    return u.size() > splitBytes && (n.endsWith(".jsonl") || n.endsWith(".ndjson"));
  }

  /** The units of one candidate file: its runs and itself, or the whole file unchanged. */
  static List<Unit> cut(
      Unit u, JobOptions options, PolicyCaptures captures, Configuration conf, long splitBytes)
      throws IOException {
    RecordScanner scanner = Executors.scanner(options, captures);
    Path p = new Path(u.uri());
    byte[] head = new byte[HEAD_BYTES];
    int n;
    try (InputStream in = p.getFileSystem(conf).open(p)) {
      n = in.readNBytes(head, 0, head.length);
    }
    String name = u.path().substring(u.path().lastIndexOf('/') + 1);
    if (!scanner.readsAsJsonlCorpus(name, head, n)) {
      return List.of(u);
    }
    LineSplits.Plan plan;
    try (InputStream in = p.getFileSystem(conf).open(p, 1 << 16)) {
      plan = LineSplits.plan(in, splitBytes, scanner.maxRecordBytes());
    }
    List<LineSplits.Split> splits = plan.splits();
    if (splits.size() < 2) {
      return List.of(u);
    }
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < splits.size(); i++) {
      LineSplits.Split s = splits.get(i);
      long length = i + 1 < splits.size() ? splits.get(i + 1).offset() - s.offset() : -1;
      units.add(
          new Unit(
              Unit.Kind.LINES,
              u.root(),
              u.path(),
              u.uri(),
              plan.size(),
              s.offset(),
              length,
              s.firstLine(),
              null,
              0));
    }
    units.add(
        new Unit(
            Unit.Kind.CORPUS,
            u.root(),
            u.path(),
            u.uri(),
            plan.size(),
            0,
            0,
            0,
            plan.sha256(),
            plan.members()));
    return units;
  }
}
