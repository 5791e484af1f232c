package io.provscan.scan;

import io.provscan.detect.Detector;
import io.provscan.extract.Extractor;
import io.provscan.extract.TikaExtractor;
import io.provscan.index.CorpusIndex;
import io.provscan.internal.ItemKey;
import io.provscan.internal.LongSet;
import io.provscan.internal.NamedThreadFactory;
import io.provscan.manifest.Manifests;
import io.provscan.manifest.UrlLists;
import io.provscan.modelfile.ModelSummary;
import io.provscan.policy.PolicyEngine;
import io.provscan.policy.Verdicts;
import io.provscan.provenance.SourceRegistry;
import io.provscan.provenance.SourcesSection;
import io.provscan.record.ItemRecord;
import io.provscan.record.RecordSink;
import io.provscan.record.SummarySection;
import io.provscan.report.JsonlSink;
import io.provscan.report.render.ProvenanceReports;
import io.provscan.source.ItemStatus;
import io.provscan.source.PrePass;
import io.provscan.source.SourceLimits;
import io.provscan.source.SourceWalker;
import io.provscan.summary.ScanSummary;
import io.provscan.summary.SummaryBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Runs a scan: walks the roots, extracts and judges every item, and writes {@code items.jsonl},
 * {@code summary.json} and the index into the output folder, then renders {@code report.html} and
 * {@code provenance.spdx.json} from them ({@link ProvenanceReports}). One instance per scan.
 *
 * <p>Failed items are reported, never thrown. {@link #run()} throws only when the scan itself
 * cannot go on: the output folder cannot be created or written.
 */
public final class Scanner {
  /** The items file in the output folder. */
  public static final String ITEMS = "items.jsonl";

  /** The summary file in the output folder. */
  public static final String SUMMARY = "summary.json";

  /** The index folder in the output folder. */
  public static final String INDEX = "index";

  private final ScanOptions options;
  private final List<Detector> detectors;
  private final List<SummarySection> sections;
  private final List<PrePass> prePasses;
  private final Extractor extractor;
  private final TotalSize totalSize;
  private volatile Running running;
  private volatile Pipeline pipeline;
  private volatile boolean stopAsked;
  private volatile long resumed;
  private volatile RescanCounts rescan;
  private boolean restart;

  /** A scan with the bundled Tika extractor and the capabilities the options ask for. */
  public Scanner(ScanOptions options) {
    this(options, Capabilities.of(options));
  }

  /** A scan with the bundled Tika extractor and the given capabilities. */
  public Scanner(ScanOptions options, Capabilities capabilities) {
    this(
        options,
        capabilities,
        new EmbeddedReading(new TikaExtractor(options.extraction()), options.mediaMetadata()));
  }

  /** A scan with the bundled Tika extractor, these detectors and summary sections. */
  public Scanner(ScanOptions options, List<Detector> detectors, List<SummarySection> sections) {
    this(options, Capabilities.of(detectors, sections));
  }

  /** A scan with a given extractor (tests use hostile ones). */
  public Scanner(
      ScanOptions options,
      List<Detector> detectors,
      List<SummarySection> sections,
      Extractor extractor) {
    this(options, Capabilities.of(detectors, sections), extractor);
  }

  /** A scan with the given capabilities and extractor. */
  public Scanner(ScanOptions options, Capabilities capabilities, Extractor extractor) {
    this.options = options;
    this.detectors = capabilities.detectors();
    this.sections = capabilities.summarySections();
    this.prePasses = capabilities.prePasses();
    this.extractor = extractor;
    this.totalSize = new TotalSize(options);
  }

  /**
   * Starts afresh, scanning every item, even when the output folder holds an unfinished scan (by
   * default, the same roots and options resume it; others are refused) or a finished one (by
   * default, an incremental rescan reuses the records of its unchanged files). Call before {@link
   * #run()}.
   */
  public Scanner restart(boolean restart) {
    this.restart = restart;
    return this;
  }

  /**
   * Asks a running scan to stop soon (Ctrl-C): items in flight get a few seconds to finish, the
   * outputs are flushed and the index committed, and {@link #run()} throws {@link
   * InterruptedException}. Running the same scan again resumes it. Safe from any thread.
   */
  public void stop() {
    stopAsked = true;
    Pipeline p = pipeline;
    if (p != null) {
      p.stop();
    }
  }

  /**
   * What an incremental rescan reused, rescanned, added and removed; null when the scan was not one
   * (no finished scan of the same roots and options in the output folder, or {@link #restart}).
   */
  public RescanCounts rescan() {
    return rescan;
  }

  /** Items a resumed scan found already recorded (0 for a scan started afresh). */
  public long resumed() {
    return resumed;
  }

  /**
   * Runs the scan to its end.
   *
   * <p>When the output folder holds an unfinished scan (killed, or stopped) of the same roots and
   * options, it is resumed: the items already in {@code items.jsonl} are not scanned again.
   *
   * @throws OutputInUseException when another scan is writing into the same output folder
   * @throws IllegalArgumentException when the folder holds an unfinished scan of other roots or
   *     options (and {@link #restart} was not asked)
   * @throws InterruptedException when {@link #stop()} stopped the scan (it can be resumed)
   */
  public ScanResult run() throws IOException, InterruptedException {
    Path out = options.out().toAbsolutePath().normalize();
    Files.createDirectories(out);
    OutputLock lock = OutputLock.acquire(out);
    try {
      // Holding the lock, no other scan uses this folder: temp folders left here are a dead scan's.
      TempFiles.removeStale(out);
      return runLocked(out);
    } finally {
      lock.close();
    }
  }

  private ScanResult runLocked(Path out) throws IOException, InterruptedException {
    Instant started = Instant.now();
    Path temp = Files.createTempDirectory(out, TempFiles.PREFIX);
    try {
      return scan(out, temp, started);
    } finally {
      TempFiles.deleteTree(temp);
    }
  }

  private ScanResult scan(Path out, Path temp, Instant started)
      throws IOException, InterruptedException {
    PolicyEngine engine = new PolicyEngine(options.policy(), CatalogLicenses.categories(options));
    SourceLimits limits = options.sourceLimits(temp);
    // Manifests first (a pre-pass reading only manifest files): their sources claim items. Their
    // walk and the other pre-passes' need nothing of each other, so they go side by side.
    FutureTask<Manifests> finding =
        new FutureTask<>(
            () -> Manifests.find(options.roots(), limits, CatalogLicenses.normalizer(options)));
    new NamedThreadFactory("provscan-manifests").newThread(finding).start();
    // Before the checkpoint: what the pre-passes find is part of what a rescan must match.
    try {
      prepare(temp);
    } catch (InterruptedException | RuntimeException e) {
      finding.cancel(true);
      throw e;
    }
    Manifests manifests = manifests(finding);
    SourceRegistry sources = manifests.registry();
    Checkpoint checkpoint =
        Checkpoint.begin(
            out, options, restart, Fingerprint.findings(options, manifests, prePasses));
    ItemProcessor processor = processor(sources, engine);
    PreviousScan previous = previous(out, checkpoint, processor);
    List<SummarySection> allSections = new ArrayList<>(sections);
    allSections.add(new SourcesSection(sources));
    allSections.add(new ModelSummary(sources));
    if (previous != null) {
      allSections.add(previous.section());
    }
    SummaryBuilder summary = new SummaryBuilder(allSections);
    SourceWalker walker =
        new SourceWalker(
            limits,
            new UrlLists(CatalogLicenses.normalizer(options), options.source().columns()),
            previous == null ? (root, path, file, size) -> false : previous);
    CorpusIndex index = openIndex(out, checkpoint.mode());
    Stamps stamps = new Stamps(out, started);
    // What every record goes to; the index and the rescan's tally take only the pipeline's.
    List<RecordSink> records = new ArrayList<>(List.of(summary, manifests.check(), stamps));
    // The reports follow items.jsonl as it is written, instead of reading it again at the end.
    ProvenanceReports.Pass reports = ProvenanceReports.begin(options.reportLang());
    LongSet recorded = new LongSet();
    if (checkpoint.resuming()) {
      // The items already recorded count in the summary as if just scanned.
      List<RecordSink> done = new ArrayList<>(records);
      done.add(0, recovering(processor));
      done.add(following(reports));
      recorded = checkpoint.recover(index, new Sinks(done));
      resumed = recorded.size();
    }
    // Opened only now: recovery may rewrite items.jsonl, and the sink appends to what it left.
    records.add(0, new JsonlSink(out.resolve(ITEMS), checkpoint.resuming(), reports));
    List<RecordSink> sinks = new ArrayList<>(records);
    if (index != null) {
      sinks.add(index);
    }
    if (previous != null) {
      sinks.add(previous.tally());
    }
    totalSize.start();
    ProvenanceReports.warmUpInBackground();
    LongSet done = recorded;
    Pipeline pipeline;
    try (Sinks all = new Sinks(sinks)) {
      pipeline =
          new Pipeline(
              options,
              processor,
              all,
              walker,
              done.size() == 0
                  ? item -> false
                  : item -> done.contains(ItemKey.of(item.root(), item.path())));
      this.pipeline = pipeline;
      if (stopAsked) {
        pipeline.stop();
      }
      running = new Running(summary, walker, System.nanoTime(), false);
      pipeline.run();
      if (previous != null && !pipeline.stopped()) {
        previous.reuse(processor, new Sinks(records), index);
        rescan = previous.counts();
      }
      if (index != null) {
        index.countDocuments();
      }
    }
    if (pipeline.stopped()) {
      throw new InterruptedException(
          "the scan was stopped; run the same command again to resume it");
    }
    manifests.finish();
    ScanSummary doc = summary.build(runInfo(started, walker, index, pipeline)).judged(engine);
    ScanResult result = finish(out, doc, summary, reports);
    stamps.commit();
    checkpoint.finished();
    return result;
  }

  private static Manifests manifests(FutureTask<Manifests> finding) throws InterruptedException {
    try {
      return finding.get();
    } catch (ExecutionException e) {
      // Manifests.find reads leniently and never throws: only an error (out of memory) gets here
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("the manifests could not be read", e.getCause());
    }
  }

  /** The finished scan a rescan starts from, or null when this scan is not one. */
  private PreviousScan previous(Path out, Checkpoint checkpoint, ItemProcessor processor)
      throws IOException {
    if (checkpoint.mode() != Checkpoint.Mode.RESCAN) {
      return null;
    }
    boolean rejudge = checkpoint.policyChanged() && options.index();
    return PreviousScan.load(out, rejudge ? processor : null);
  }

  /**
   * The index, or null when none is written (a previous scan's index is removed, not left stale).
   */
  private CorpusIndex openIndex(Path out, Checkpoint.Mode mode) throws IOException {
    if (!options.index()) {
      StaleIndex.remove(out.resolve(INDEX));
      return null;
    }
    CorpusIndex index =
        new CorpusIndex(
            out.resolve(INDEX), options.indexing().corpus(), mode != Checkpoint.Mode.FRESH);
    if (mode == Checkpoint.Mode.RESCAN) {
      index.keepForRescan();
    }
    return index;
  }

  private ItemProcessor processor(SourceRegistry sources, PolicyEngine engine) {
    return new ItemProcessor(
        extractor, detectors, sources, engine, options.licenses(), options.index());
  }

  /** Applies the verdicts, writes the summary and renders the reports. */
  private ScanResult finish(
      Path out, ScanSummary doc, SummaryBuilder summary, ProvenanceReports.Pass reports)
      throws IOException {
    Verdicts.Totals verdicts = doc.verdicts();
    SummaryBuilder.write(doc, out.resolve(SUMMARY));
    reports.finish(out);
    running = new Running(summary, running.walker(), running.startNanos(), true);
    return new ScanResult(
        out,
        doc,
        summary.seen(),
        summary.count(ItemStatus.OK),
        summary.count(ItemStatus.FAILED),
        summary.count(ItemStatus.SKIPPED),
        verdicts);
  }

  /**
   * Counts the sources of the records recovered from a killed scan's items.jsonl (without it, a
   * scan resumed after its last item was recorded had no sources and no verdict totals).
   */
  private static RecordSink recovering(ItemProcessor processor) {
    return new RecordSink() {
      @Override
      public void accept(ItemRecord record, String text) {
        processor.recovered(record);
      }

      @Override
      public void close() {}
    };
  }

  /** Hands the records recovered from a killed scan's items.jsonl to the reports, in file order. */
  private static RecordSink following(ProvenanceReports.Pass reports) {
    return new RecordSink() {
      @Override
      public void accept(ItemRecord record, String text) {
        reports.line(record);
      }

      @Override
      public void close() {}
    };
  }

  /** Runs the pre-passes (site policies from WARC files) before any item is judged. */
  private void prepare(Path temp) throws InterruptedException {
    for (PrePass p : prePasses) {
      p.prepare(options.roots(), options.sourceLimits(temp));
    }
  }

  private SummaryBuilder.RunInfo runInfo(
      Instant started, SourceWalker walker, CorpusIndex index, Pipeline pipeline) {
    Map<String, Object> indexInfo = null;
    if (index != null) {
      indexInfo = new LinkedHashMap<>();
      indexInfo.put("path", INDEX);
      indexInfo.put("documents", index.documents());
      indexInfo.put("storeText", options.indexing().storeText());
      indexInfo.put("maxChars", options.indexing().maxChars());
    }
    List<String> roots = options.roots().stream().map(Path::toString).toList();
    return new SummaryBuilder.RunInfo(
        ToolVersion.get(),
        started,
        Instant.now(),
        roots,
        options.describe(),
        walker.excluded(),
        indexInfo,
        pipeline.abandoned());
  }

  /** A snapshot of progress; safe to call from any thread while {@link #run()} goes on. */
  public Progress progress() {
    Running r = running;
    if (r == null) {
      return new Progress(0, 0, 0, totalSize.bytes(), 0, false);
    }
    return new Progress(
        r.summary.seen(),
        r.summary.count(ItemStatus.FAILED),
        r.walker.inputBytesRead(),
        totalSize.bytes(),
        System.nanoTime() - r.startNanos,
        r.done);
  }

  private record Running(
      SummaryBuilder summary, SourceWalker walker, long startNanos, boolean done) {}
}
