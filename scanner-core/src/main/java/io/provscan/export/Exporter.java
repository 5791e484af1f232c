package io.provscan.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.provscan.detect.license.LicenseKnowledge;
import io.provscan.detect.pii.PiiDetector;
import io.provscan.detect.pii.PiiType;
import io.provscan.detect.pii.SensitiveCategory;
import io.provscan.internal.Hashing;
import io.provscan.internal.Json;
import io.provscan.internal.NamedThreadFactory;
import io.provscan.policy.LicenseCategories;
import io.provscan.policy.PolicyEngine;
import io.provscan.report.ScanOutput;
import io.provscan.scan.ItemReader;
import io.provscan.scan.OutputLock;
import io.provscan.scan.ScanOptions;
import io.provscan.scan.ToolVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Writes the clean training set of a finished scan: the items its policy lets through, extracted
 * again as the scan did, personal data replaced per type, as shards with their provenance; then
 * {@code dropped.jsonl} (every item left out and why), the Croissant manifest and a page for
 * people.
 *
 * <p>One walker thread visits the scan's files in sorted order and hands the items that pass to
 * worker threads; this thread takes their outcomes back in walk order and writes them, so the
 * shards are the same bytes whatever the threads. After each finished shard the state is saved
 * ({@link ExportState}); run again after an interruption, the export goes on from there.
 *
 * <p>An item whose bytes differ from the scan's, whose file is gone, or that cannot be read is left
 * out with its reason; only a failure to write the export (a full disk) stops it, and then nothing
 * half-written carries a final name.
 */
public final class Exporter {
  /** The dropped-items log in the export folder. */
  public static final String DROPPED = "dropped.jsonl";

  /** The Croissant manifest in the export folder. */
  public static final String MANIFEST = "croissant.json";

  /** The page for people in the export folder. */
  public static final String PAGE = "export.html";

  /** Outcomes waiting in order per worker: {@value}. */
  static final int QUEUE_PER_WORKER = 8;

  private final ExportOptions options;
  private int stopAfter = -1;

  /**
   * An export with these options.
   *
   * @throws IllegalArgumentException naming the first bad option
   */
  public Exporter(ExportOptions options) {
    this.options = options.validated();
  }

  /** Stops the run as a kill would, once {@code shards} shards are finished (resume tests). */
  Exporter stopAfter(int shards) {
    this.stopAfter = shards;
    return this;
  }

  /**
   * Runs the export to its end.
   *
   * @throws IOException when the scan folder holds no finished scan, or the export cannot be
   *     written (it can be resumed once the cause is fixed)
   * @throws io.provscan.scan.OutputInUseException when another export is writing into {@code dest},
   *     or a scan or another export holds the scan folder too long for the export's record
   * @throws IllegalArgumentException when {@code dest} holds an unfinished export of other settings
   */
  public ExportResult run() throws IOException, InterruptedException {
    Path scanDir = options.scan().toAbsolutePath().normalize();
    Path dest = options.dest().toAbsolutePath().normalize();
    ScanOutput scan = ScanOutput.open(scanDir);
    byte[] summaryBytes = Files.readAllBytes(scanDir.resolve(ScanOutput.SUMMARY));
    JsonNode summary = Json.mapper().readTree(summaryBytes);
    Files.createDirectories(dest);
    OutputLock lock = OutputLock.acquire(dest, "export", "--to");
    try {
      return runLocked(scanDir, dest, scan, summaryBytes, summary);
    } finally {
      lock.close();
    }
  }

  /**
   * The export, {@code dest} locked. Its record goes into the scan's folder before the state is
   * removed: should that fail, a run again resumes from the last shard and records it then.
   */
  private ExportResult runLocked(
      Path scanDir, Path dest, ScanOutput scan, byte[] summaryBytes, JsonNode summary)
      throws IOException, InterruptedException {
    Supplier<LicenseCategories> categories = () -> LicenseKnowledge.get()::categoryOf;
    PolicyEngine engine =
        options.policy() == null ? null : new PolicyEngine(options.policy(), categories.get());
    ScanEntries entries = ScanEntries.load(scan, engine, categories);
    JsonNode fingerprint = fingerprint(scanDir, summaryBytes);
    ExportState state = ExportState.begin(dest, fingerprint, options.restart());
    state.removeUnsaved(dest);
    ScanOptions scanOptions =
        ScanSettings.of(summary.path("options"), scanDir, dest, options.threads());
    Run run = new Run(dest, state, entries, scanOptions, summary);
    Tally.State counts = run.go();
    ExportResult result =
        new ExportResult(
            dest,
            run.shards.finished(),
            counts.kept(),
            counts.dropped(),
            counts.problems(),
            state.resuming());
    ScanFolderRecord.write(
        scanDir, ScanFolderRecord.entry(dest, options, counts, result), options.lang());
    ExportState.finished(dest);
    return result;
  }

  /** The scan's finishing day: the "today" of birth-date checks, so reruns find the same values. */
  private static LocalDate scanDate(JsonNode summary) {
    try {
      return Instant.parse(summary.path("finishedAt").asText())
          .atZone(ZoneOffset.UTC)
          .toLocalDate();
    } catch (RuntimeException e) {
      return LocalDate.now(ZoneOffset.UTC);
    }
  }

  private JsonNode fingerprint(Path scanDir, byte[] summary) throws IOException {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("tool", ToolVersion.get());
    node.put("scan", scanDir.toString());
    node.put("scanSummarySha256", Hashing.sha256Hex(summary, summary.length));
    node.set("options", Json.mapper().valueToTree(options.describe()));
    String salt = options.operators().salt();
    if (salt != null) {
      // the salt itself is a secret: only a hash of it is kept, enough to tell two apart
      byte[] b = ("provscan-export-salt\0" + salt).getBytes(StandardCharsets.UTF_8);
      node.put("saltSha256", Hashing.sha256Hex(b, b.length));
    }
    return Json.mapper().readTree(node.toString()); // as it reads back, so the two compare equal
  }

  /** One run: the walker, the workers and the writing on this thread. */
  private final class Run {
    final Path dest;
    final ExportState state;
    final ScanEntries entries;
    final Shards shards;
    final Tally tally;
    final ItemReader reader;
    final ItemExport export;
    final ScanOptions scanOptions;
    volatile Throwable walkFailure;

    final JsonNode summary;

    Run(
        Path dest,
        ExportState state,
        ScanEntries entries,
        ScanOptions scanOptions,
        JsonNode summary) {
      this.dest = dest;
      this.summary = summary;
      LocalDate day = scanDate(summary);
      this.state = state;
      this.entries = entries;
      this.scanOptions = scanOptions;
      this.shards = new Shards(dest, options.format(), options.shardSize(), state.shards());
      this.tally = new Tally(state.tally());
      this.reader = new ItemReader(scanOptions);
      PiiDetector detector =
          new PiiDetector(
              EnumSet.allOf(PiiType.class), EnumSet.noneOf(SensitiveCategory.class), day);
      this.export = new ItemExport(reader, detector, new Deidentifier(options.operators()));
    }

    Tally.State go() throws IOException, InterruptedException {
      Path temp = Files.createTempDirectory("provscan-export-");
      int threads = options.threads();
      BlockingQueue<Future<Outcome>> ordered = new ArrayBlockingQueue<>(threads * QUEUE_PER_WORKER);
      ExecutorService workers =
          new ThreadPoolExecutor(
              threads,
              threads,
              0,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              new NamedThreadFactory("provscan-export"));
      Walk walk =
          new Walk(
              entries,
              reader,
              export,
              workers,
              ordered,
              options.includeReview(),
              state.position(),
              temp);
      Thread walker = new NamedThreadFactory("provscan-export-walker").newThread(() -> walk(walk));
      DroppedLog dropped = new DroppedLog(dest, state.droppedBytes());
      boolean done = false;
      try {
        walker.start();
        write(ordered, dropped);
        walker.join();
        if (walkFailure != null) {
          throw new IllegalStateException("the export's walk failed: " + walkFailure, walkFailure);
        }
        gone(walk, dropped);
        shards.finishCurrent();
        dropped.finish();
        done = true;
      } finally {
        walker.interrupt();
        workers.shutdownNow();
        if (!done) {
          shards.abandon();
          dropped.close();
        }
        deleteTree(temp);
      }
      Tally.State counts = tally.snapshot();
      Manifest.write(dest, options, summary, shards.finished(), counts, entries);
      ExportPage.write(dest, counts, shards.finished(), options);
      return counts;
    }

    private void walk(Walk walk) {
      try {
        walk.run();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException | Error e) {
        walkFailure = e;
      }
    }

    /** Takes the outcomes in walk order and writes them, saving the state at every shard. */
    private void write(BlockingQueue<Future<Outcome>> ordered, DroppedLog dropped)
        throws IOException, InterruptedException {
      while (true) {
        Outcome o;
        try {
          o = ordered.take().get();
        } catch (ExecutionException e) {
          throw new IllegalStateException("an export worker failed: " + e.getCause(), e.getCause());
        }
        if (o.seq() < 0) {
          return;
        }
        if (o.record() != null) {
          tally.kept(o.entry(), o.record().pii());
          if (shards.write(o.record(), o.line())) {
            long droppedBytes = dropped.flush();
            new ExportState(
                    state.fingerprint(),
                    o.seq() + 1,
                    shards.finished(),
                    droppedBytes,
                    tally.snapshot())
                .save(dest);
            if (shards.finished().size() == stopAfter) {
              throw new IOException("stopped after " + stopAfter + " shards, as asked");
            }
          }
        } else if (o.reasons() != null) {
          tally.dropped(o.entry(), o.path(), o.reasons(), o.problem());
          dropped.add(o.entry() == null ? null : o.entry().source(), o.path(), o.reasons());
        }
      }
    }

    /** Accounts for the scan's items the walk did not meet: their files are gone or changed. */
    private void gone(Walk walk, DroppedLog dropped) throws IOException {
      for (ScanEntry e : entries.inOrder()) {
        if (e.container() || walk.seen(e)) {
          continue;
        }
        boolean policy = e.problem() == null && !e.passes(options.includeReview());
        java.util.List<String> reasons =
            e.problem() != null
                ? java.util.List.of(e.problem())
                : policy ? Walk.policyReasons(e) : java.util.List.of(walk.goneReason(e));
        tally.dropped(e, e.path(), reasons, !policy);
        dropped.add(e.source(), e.path(), reasons);
      }
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // a temporary file left behind is the system's to clean
    }
  }

  private static void deleteTree(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(Exporter::deleteQuietly);
    } catch (IOException e) {
      // a temporary folder left behind is the system's to clean
    }
  }
}
