package io.provscan.spark;

import io.provscan.internal.NamedThreadFactory;
import io.provscan.scan.RecordScanSummary;
import io.provscan.scan.RecordScanner;
import io.provscan.scan.ScanOptions;
import io.provscan.sitepolicy.PolicyCaptures;
import io.provscan.sitepolicy.WarcPolicyScan;
import io.provscan.source.Excludes;
import io.provscan.summary.ScanSummary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;

/**
 * provscan as a Spark job: {@code spark-submit --class io.provscan.spark.SparkScan
 * provscan-spark.jar scan --out DIR INPUT...}.
 *
 * <ol>
 *   <li>The driver lists the inputs (any Hadoop file system) and gathers site-policy captures from
 *       the WARC files it can read, then broadcasts them.
 *   <li>A first pass cuts large JSONL corpora into runs of whole lines, a task per file.
 *   <li>The scan: units packed into tasks of about a run's bytes; each task runs scanner-core's
 *       {@link io.provscan.scan.RecordScanner} and writes one part file ({@link Parts}).
 *   <li>The driver reads the part files in order into {@code items.jsonl} and {@code summary.json}
 *       and renders the reports as {@code provscan report} does; Spark writes {@code
 *       items.parquet/} from the part files.
 * </ol>
 */
public final class SparkScan {
  /** Runs to a task slot the job aims for in its first waves, when the input is small: {@value}. */
  static final int RUNS_PER_SLOT = 4;

  /** The smallest run a JSONL corpus is cut into: {@value} bytes (256 KiB). */
  static final long MIN_RUN_BYTES = 256 * 1024;

  private SparkScan() {}

  /** The entry point for {@code spark-submit}. */
  public static void main(String[] args) throws Exception {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("provscan-spark: " + e.getMessage());
      System.exit(2);
      return;
    }
    Warmup early = Warmup.startIfLocal(options, new SparkConf().get("spark.master", ""));
    SparkSession spark = SparkSession.builder().appName("provscan").getOrCreate();
    int exit;
    try {
      Result r = run(spark, options, early);
      print(r, System.out);
      exit = exitCode(options, r.summary());
    } catch (IllegalArgumentException e) {
      System.err.println("provscan-spark: " + e.getMessage());
      exit = 2; // a bad policy file or glob, named with its line: as the CLI's usage errors
    } finally {
      spark.stop();
    }
    System.exit(exit);
  }

  /**
   * The job's exit code, as the CLI's scan gives it: 1 when a policy was named with {@code
   * --policy} and an item or source has the {@code --fail-on} verdict or worse, else 0 (the bundled
   * policy only fills in verdicts).
   */
  static int exitCode(JobOptions options, ScanSummary summary) {
    boolean fails =
        options.gates() && summary.verdicts() != null && summary.verdicts().fails(options.failOn());
    return fails ? 1 : 0;
  }

  /**
   * What a run did.
   *
   * @param items records written
   * @param tasks scan tasks
   * @param summary the summary written
   * @param millis wall time
   */
  public record Result(long items, int tasks, ScanSummary summary, long millis) {}

  /** Runs the job on {@code spark}; the output folder is {@code options.out()}. */
  public static Result run(SparkSession spark, JobOptions given)
      throws IOException, InterruptedException {
    return run(spark, given, null);
  }

  /**
   * Runs the job on {@code spark}, with what {@code early} made while Spark started (null: none).
   */
  static Result run(SparkSession spark, JobOptions given, Warmup early)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    Instant started = Instant.now();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = jsc.hadoopConfiguration();
    JobOptions options = given.readPolicy(conf);
    Broadcast<SerializableConfiguration> hadoop =
        jsc.broadcast(new SerializableConfiguration(conf));
    List<Unit> files = Inputs.list(options.inputs(), Excludes.of(options.excludes()), conf);
    java.nio.file.Path local = Files.createTempDirectory("provscan-driver");
    try {
      PolicyCaptures captures = captures(options, local, early);
      Broadcast<PolicyCaptures> policies = jsc.broadcast(captures);
      int slots = jsc.defaultParallelism();
      long split = splitBytes(options, files, slots);
      ScanOptions scan = options.scanOptions(List.of(local), local);
      int maxRecordBytes = RecordScanner.maxRecordBytes(scan, local);
      List<Unit> units = Cuts.cut(jsc, files, scan, maxRecordBytes, hadoop, split, slots);
      List<List<Unit>> tasks = pack(units, split, slots);
      List<Parts.Written> written =
          jsc.parallelize(tasks, Math.max(1, tasks.size()))
              .mapPartitionsWithIndex(
                  (i, it) -> {
                    List<Unit> mine = new ArrayList<>();
                    it.forEachRemaining(mine::addAll);
                    return List.of(
                            Parts.write(
                                i,
                                mine.iterator(),
                                options,
                                policies.value(),
                                hadoop.value().value()))
                        .iterator();
                  },
                  true)
              .collect();
      // Spark writes items.parquet/ from the part files while the driver reads them into
      // items.jsonl and renders the reports: two independent reads, side by side
      ExecutorService parquet =
          java.util.concurrent.Executors.newSingleThreadExecutor(
              new NamedThreadFactory("provscan-items-parquet"));
      ScanSummary summary;
      try {
        Future<?> items = parquet.submit(() -> ItemsParquet.write(spark, options.out()));
        summary = finish(options, captures, conf, written.size(), started, local);
        join(items);
      } finally {
        parquet.shutdownNow();
      }
      Path out = new Path(options.out());
      out.getFileSystem(conf).delete(new Path(new Path(out, Parts.ITEMS), "_attempts"), true);
      long items = written.stream().mapToLong(Parts.Written::items).sum();
      return new Result(items, written.size(), summary, (System.nanoTime() - start) / 1_000_000);
    } finally {
      deleteTree(local);
    }
  }

  private static void join(Future<?> task) throws IOException, InterruptedException {
    try {
      task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IOException("writing " + ItemsParquet.FOLDER + " failed", e.getCause());
    }
  }

  /**
   * Site-policy captures of the WARC files among the local inputs: the ones {@code early} gathered
   * for the same options, else gathered here, on the driver.
   */
  private static PolicyCaptures captures(JobOptions options, java.nio.file.Path temp, Warmup early)
      throws InterruptedException {
    if (early != null) {
      Warmup.Made made = early.made(options);
      if (made != null) {
        return made.captures();
      }
    }
    return captures(options, temp);
  }

  /** Site-policy captures of the WARC files among the local inputs; null without opt-outs. */
  static PolicyCaptures captures(JobOptions options, java.nio.file.Path temp)
      throws InterruptedException {
    if (!options.detect().optOut()) {
      return null;
    }
    List<java.nio.file.Path> roots = Executors.localRoots(options);
    List<java.nio.file.Path> scanRoots = roots.isEmpty() ? List.of(temp) : roots;
    return WarcPolicyScan.scan(
        roots, options.scanOptions(scanRoots, temp).sourceLimits(temp.resolve("spool")));
  }

  /**
   * The run size: the option's, or less for a small input, so that every task slot gets a few runs
   * (a run per slot leaves all but the slowest slot idle at the end).
   */
  static long splitBytes(JobOptions options, List<Unit> files, int slots) {
    long total = files.stream().mapToLong(Unit::size).sum();
    long even = total / Math.max(1, (long) slots * RUNS_PER_SLOT);
    return Math.max(MIN_RUN_BYTES, Math.min(options.splitBytes(), even));
  }

  /**
   * Packs units into tasks, largest first, so that the long tasks start early: a task takes units
   * up to about {@code split} bytes, or less towards the end (the bytes still to pack over twice
   * the slots), so the last tasks are short; a corpus record rides with any task.
   */
  static List<List<Unit>> pack(List<Unit> units, long split, int slots) {
    List<Unit> sorted = new ArrayList<>(units);
    sorted.sort(Comparator.comparingLong(Unit::weight).reversed());
    long left = sorted.stream().mapToLong(Unit::weight).sum();
    long divisor = (long) Math.max(1, slots) * Cuts.RANGES_PER_SLOT;
    List<List<Unit>> tasks = new ArrayList<>();
    List<Unit> current = new ArrayList<>();
    long weight = 0;
    for (Unit u : sorted) {
      long target = Math.max(MIN_RUN_BYTES, Math.min(split, left / divisor));
      if (!current.isEmpty() && weight + u.weight() > target) {
        tasks.add(current);
        left -= weight;
        current = new ArrayList<>();
        weight = 0;
      }
      current.add(u);
      weight += u.weight();
    }
    if (!current.isEmpty()) {
      tasks.add(current);
    }
    return tasks;
  }

  /**
   * Reads the part files in partition order into {@code items.jsonl} and the summary, then renders
   * the reports: in the output folder when it is local, else in a local folder then copied up.
   */
  private static ScanSummary finish(
      JobOptions options,
      PolicyCaptures captures,
      Configuration conf,
      int parts,
      Instant started,
      java.nio.file.Path temp)
      throws IOException {
    Path out = new Path(options.out());
    FileSystem fs = out.getFileSystem(conf);
    boolean localOut = "file".equals(fs.makeQualified(out).toUri().getScheme());
    java.nio.file.Path dir =
        localOut ? java.nio.file.Path.of(fs.makeQualified(out).toUri()) : temp.resolve("out");
    List<java.nio.file.Path> roots = Executors.localRoots(options);
    ScanSummary summary;
    try (RecordScanSummary s =
        new RecordScanSummary(
            options.scanOptions(roots.isEmpty() ? List.of(temp) : roots, dir),
            captures,
            options.inputs(),
            started,
            dir)) {
      for (int i = 0; i < parts; i++) {
        Path part = new Path(new Path(out, Parts.ITEMS), Parts.name(i));
        try (BufferedReader in =
            new BufferedReader(new InputStreamReader(fs.open(part), StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            s.add(line);
          }
        }
      }
      summary = s.finish();
    }
    if (!localOut) {
      try (var files = Files.list(dir)) {
        for (java.nio.file.Path f : files.toList()) {
          fs.copyFromLocalFile(new Path(f.toUri()), new Path(out, f.getFileName().toString()));
        }
      }
    }
    return summary;
  }

  private static void print(Result r, PrintStream out) {
    out.printf(
        java.util.Locale.ROOT,
        "provscan-spark: %d items in %d tasks, %.1f s; verdict %s%n",
        r.items(),
        r.tasks(),
        r.millis() / 1000.0,
        r.summary().verdicts());
  }

  static void deleteTree(java.nio.file.Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var all = Files.walk(dir)) {
      for (java.nio.file.Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
