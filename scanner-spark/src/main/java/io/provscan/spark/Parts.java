package io.provscan.spark;

import io.provscan.internal.Hashing;
import io.provscan.record.ItemRecord;
import io.provscan.scan.RecordScanSummary;
import io.provscan.scan.RecordScanner;
import io.provscan.scan.ScanInput;
import io.provscan.sitepolicy.PolicyCaptures;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;

/**
 * What one task does: scans its units with the executor's {@link RecordScanner} and writes the
 * records to {@code items/part-NNNNN.jsonl}, named by the partition, not the attempt. An attempt
 * writes under {@code items/_attempts/} and renames its file into place when complete, replacing
 * what an earlier attempt left: a retried or speculative task never adds items twice.
 */
final class Parts {
  /** The folder of part files in the output folder. */
  static final String ITEMS = "items";

  private Parts() {}

  /**
   * What a task wrote.
   *
   * @param partition the partition (its part file's number)
   * @param items records written
   * @param millis wall time of the task
   */
  record Written(int partition, long items, long millis) implements Serializable {}

  static String name(int partition) {
    return String.format(java.util.Locale.ROOT, "part-%05d.jsonl", partition);
  }

  /** Scans {@code units} and writes partition {@code partition}'s part file. */
  static Written write(
      int partition,
      Iterator<Unit> units,
      JobOptions options,
      PolicyCaptures captures,
      Configuration conf)
      throws IOException {
    long start = System.nanoTime();
    RecordScanner scanner = Executors.scanner(options, captures);
    Path dir = new Path(options.out(), ITEMS);
    FileSystem fs = dir.getFileSystem(conf);
    long attempt = TaskContext.get() == null ? 0 : TaskContext.get().taskAttemptId();
    Path temp = new Path(dir, "_attempts/" + name(partition) + "." + attempt);
    List<java.nio.file.Path> copies = new ArrayList<>();
    long n = 0;
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(fs.create(temp, true), StandardCharsets.UTF_8), 1 << 16)) {
      Iterator<ScanInput> inputs = new Inputs(units, conf, copies);
      for (Iterator<ItemRecord> it = scanner.scan(inputs); it.hasNext(); n++) {
        out.write(RecordScanSummary.json(it.next()));
        out.write('\n');
      }
    } finally {
      for (java.nio.file.Path copy : copies) {
        Files.deleteIfExists(copy);
      }
    }
    Path done = new Path(dir, name(partition));
    fs.delete(done, false);
    if (!fs.rename(temp, done)) {
      throw new IOException("cannot rename " + temp + " to " + done);
    }
    return new Written(partition, n, (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * The scanner's inputs, made from units one at a time: a local file is read in place, a remote
   * one copied to local disk first (Parquet and archives need random access, and the walker reads
   * paths); a run of lines is read from its offset.
   */
  private static final class Inputs implements Iterator<ScanInput> {
    private final Iterator<Unit> units;
    private final Configuration conf;
    private final List<java.nio.file.Path> copies;

    Inputs(Iterator<Unit> units, Configuration conf, List<java.nio.file.Path> copies) {
      this.units = units;
      this.conf = conf;
      this.copies = copies;
    }

    @Override
    public boolean hasNext() {
      return units.hasNext();
    }

    @Override
    public ScanInput next() {
      Unit u = units.next();
      try {
        return switch (u.kind()) {
          case FILE -> new ScanInput.File(u.root(), u.path(), localFile(u), u.size());
          case LINES -> new ScanInput.Lines(u.root(), u.path(), u.firstLine(), () -> open(u));
          case CORPUS -> new ScanInput.Corpus(u.root(), u.path(), u.size(), sha256(u), u.members());
        };
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + u.uri(), e);
      }
    }

    private java.nio.file.Path localFile(Unit u) throws IOException {
      Path p = new Path(u.uri());
      if ("file".equals(p.toUri().getScheme())) {
        return java.nio.file.Path.of(p.toUri());
      }
      java.nio.file.Path copy = Files.createTempFile("provscan-input", null);
      copies.add(copy);
      try (InputStream in = p.getFileSystem(conf).open(p)) {
        Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      return copy;
    }

    /** A corpus's hash: the unit's, or taken here, reading the file once. */
    private String sha256(Unit u) throws IOException {
      if (u.sha256() != null) {
        return u.sha256();
      }
      Path p = new Path(u.uri());
      try (InputStream in = p.getFileSystem(conf).open(p, 1 << 16)) {
        return Hashing.digest(in).sha256();
      }
    }

    private InputStream open(Unit u) throws IOException {
      Path p = new Path(u.uri());
      FSDataInputStream in = p.getFileSystem(conf).open(p, 1 << 16);
      in.seek(u.offset());
      return u.length() < 0 ? in : new Bounded(in, u.length());
    }
  }

  /** The first {@code left} bytes of a stream. */
  private static final class Bounded extends InputStream {
    private final InputStream in;
    private long left;

    Bounded(InputStream in, long left) {
      this.in = in;
      this.left = left;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = in.read();
      left -= b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      left -= Math.max(n, 0);
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
