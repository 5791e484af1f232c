package io.provscan.scan;

import io.provscan.detect.Detector;
import io.provscan.detect.DetectorInput;
import io.provscan.detect.Findings;
import io.provscan.detect.Redactor;
import io.provscan.detect.license.LicenseKnowledge;
import io.provscan.extract.Deadline;
import io.provscan.extract.Extracted;
import io.provscan.extract.Extractor;
import io.provscan.internal.NamedThreadFactory;
import io.provscan.policy.Judgement;
import io.provscan.policy.PolicyEngine;
import io.provscan.provenance.SourceRegistry;
import io.provscan.record.ItemRecord;
import io.provscan.record.RecordSink;
import io.provscan.source.ErrorKind;
import io.provscan.source.Item;
import io.provscan.source.SourceWalker;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * One run of the scan pipeline: a producer thread walks the sources into a bounded queue, worker
 * threads extract, detect and record, and a watchdog gives up on workers whose parser ignores the
 * time limit (the item is recorded as a time-out and a fresh worker takes the abandoned one's
 * place). Back-pressure comes from the queue, so memory stays flat whatever the corpus size.
 */
final class Pipeline {
  /** Least grace past a deadline, ms: {@value}. */
  static final long MIN_GRACE_MS = 1000;

  /** Most grace past a deadline, ms: {@value}. */
  static final long MAX_GRACE_MS = 5000;

  /** Queue slots per worker: {@value}. */
  static final int QUEUE_PER_WORKER = 2;

  private final ScanOptions options;
  private final Extractor extractor;
  private final List<Detector> detectors;
  private final RecordSink sink;
  private final SourceWalker walker;
  private final SourceRegistry sources;
  private final PolicyEngine policy;
  private final boolean licenses;
  private final BlockingQueue<Item> queue;
  private final AtomicBoolean producerDone = new AtomicBoolean();
  private final Map<Thread, Task> inFlight = new ConcurrentHashMap<>();
  private final AtomicReference<Throwable> fatal = new AtomicReference<>();
  private final AtomicInteger liveWorkers = new AtomicInteger();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final LongAdder abandoned = new LongAdder();
  private final NamedThreadFactory workerThreads = new NamedThreadFactory("provscan-worker");
  private final Duration grace;

  Pipeline(
      ScanOptions options,
      Extractor extractor,
      List<Detector> detectors,
      RecordSink sink,
      SourceWalker walker,
      SourceRegistry sources,
      PolicyEngine policy) {
    this.options = options;
    this.sources = sources;
    this.policy = policy;
    this.licenses = options.licenses();
    this.extractor = extractor;
    this.detectors = List.copyOf(detectors);
    this.sink = sink;
    this.walker = walker;
    this.queue = new ArrayBlockingQueue<>(options.threads() * QUEUE_PER_WORKER);
    Duration timeout = options.extraction().timeout();
    this.grace = grace(options.extraction().timeout());
  }

  /**
   * How long past its deadline a parser may take before its thread is given up: half the time
   * limit, at least {@value #MIN_GRACE_MS} ms (a loaded machine delays a cooperative stop) and at
   * most {@value #MAX_GRACE_MS} ms.
   */
  static Duration grace(Duration timeout) {
    long half = timeout.toMillis() / 2;
    return Duration.ofMillis(Math.max(MIN_GRACE_MS, Math.min(MAX_GRACE_MS, half)));
  }

  /** Parser threads given up so far. */
  long abandoned() {
    return abandoned.sum();
  }

  /** Runs to the end; rethrows the first fatal error (an output that cannot be written). */
  void run() throws IOException, InterruptedException {
    Thread producer = new NamedThreadFactory("provscan-walker").newThread(this::produce);
    Thread watchdog = new NamedThreadFactory("provscan-watchdog").newThread(this::watch);
    // Workers first: the producer ends the run when it finds none alive after its last item.
    for (int i = 0; i < options.threads(); i++) {
      startWorker();
    }
    producer.start();
    watchdog.start();
    try {
      finished.await();
    } finally {
      producer.interrupt();
      watchdog.interrupt();
      producer.join(TimeUnit.SECONDS.toMillis(10));
    }
    Throwable t = fatal.get();
    if (t instanceof IOException e) {
      throw e;
    }
    if (t != null) {
      throw new IllegalStateException("the scan stopped: " + t, t);
    }
  }

  private void produce() {
    try {
      walker.walk(options.roots(), this::enqueue);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | Error e) {
      fail(e);
    } finally {
      producerDone.set(true);
      if (liveWorkers.get() == 0) {
        finished.countDown();
      }
    }
  }

  private void enqueue(Item item) throws InterruptedException {
    while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
      if (fatal.get() != null) {
        throw new InterruptedException("scan stopping");
      }
    }
  }

  private void startWorker() {
    liveWorkers.incrementAndGet();
    workerThreads.newThread(this::work).start();
  }

  private void work() {
    boolean replaced = false;
    try {
      while (fatal.get() == null) {
        Item item = queue.poll(50, TimeUnit.MILLISECONDS);
        if (item == null) {
          if (producerDone.get() && queue.isEmpty()) {
            return;
          }
          continue;
        }
        if (process(item)) {
          replaced = true;
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (!replaced && liveWorkers.decrementAndGet() == 0 && producerDone.get()) {
        finished.countDown();
      }
    }
  }

  /** Processes one item; true when the watchdog gave up on it and replaced this worker. */
  private boolean process(Item item) {
    Task task = new Task(item, Deadline.in(options.extraction().timeout()));
    Thread self = Thread.currentThread();
    inFlight.put(self, task);
    try {
      String source = sources.assign(item.root(), item.path(), item.url());
      Outcome outcome = outcome(item, task, source);
      if (task.finish()) {
        emit(judged(outcome.record()), outcome.text());
      }
      return task.abandoned();
    } finally {
      inFlight.remove(self);
      if (item.content() != null) {
        item.content().release();
      }
      if (!task.abandoned()) {
        Thread.interrupted(); // an interrupt that arrived after the task finished is stale
      }
    }
  }

  /** A record and the text that goes with it into the index. */
  private record Outcome(ItemRecord record, String text) {}

  private Outcome outcome(Item item, Task task, String source) {
    try {
      if (item.isPreset()) {
        return new Outcome(Records.preset(item, source), "");
      }
      Extracted ex = extractor.extract(item, task.deadline);
      List<String> notes = new ArrayList<>();
      Findings findings = detect(item, ex, notes);
      ex = redact(ex, findings);
      long ms = task.elapsedMillis();
      return new Outcome(Records.of(item, source, ex, findings, notes, ms), ex.text());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A bug (or a parser's memory blow-up) costs this item, not the scan.
      ErrorKind kind = e instanceof OutOfMemoryError ? ErrorKind.OUT_OF_MEMORY : ErrorKind.INTERNAL;
      String why = "provscan failed on this item: " + e;
      return new Outcome(Records.failed(item, source, kind, why, task.elapsedMillis()), "");
    }
  }

  private ItemRecord judged(ItemRecord record) {
    Judgement j = policy.judge(record, sources.get(record.source()).orElse(null));
    return record.withVerdict(j.verdict().id(), j.reasons());
  }

  private Findings detect(Item item, Extracted ex, List<String> notes) {
    DetectorInput input =
        new DetectorInput(
            item.path(),
            item.url(),
            item.http(),
            ex.mediaType(),
            ex.language(),
            ex.text(),
            ex.metadata());
    Findings findings = Records.declared(item, licenses ? LicenseKnowledge::get : null);
    for (Detector detector : detectors) {
      try {
        findings = findings.merge(detector.detect(input));
      } catch (RuntimeException e) {
        notes.add("detector " + detector.name() + " failed: " + e);
      }
    }
    return findings;
  }

  /**
   * The extraction with personal data masked in its text and metadata by every detector that
   * redacts: what the report and the index see from here on. Without an index no sink reads the
   * text, so it is left as it is (masking a long text costs two copies of it).
   */
  private Extracted redact(Extracted ex, Findings findings) {
    Extracted out = ex;
    for (Detector detector : detectors) {
      if (detector instanceof Redactor redactor) {
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        out.metadata()
            .forEach((k, v) -> metadata.put(k, v.stream().map(redactor::redactValue).toList()));
        out =
            new Extracted(
                out.sha256(),
                out.size(),
                out.mediaType(),
                out.charset(),
                out.language(),
                options.index() ? redactor.redactText(out.text(), findings) : out.text(),
                out.truncated(),
                metadata,
                out.warnings(),
                out.error());
      }
    }
    return out;
  }

  private void emit(ItemRecord record, String text) {
    try {
      sink.accept(record, text);
    } catch (IOException | RuntimeException e) {
      fail(e);
    }
  }

  private void watch() {
    long tick = Math.max(10, Math.min(100, options.extraction().timeout().toMillis() / 4));
    try {
      while (true) {
        Thread.sleep(tick);
        for (Map.Entry<Thread, Task> e : inFlight.entrySet()) {
          Task task = e.getValue();
          if (overdue(task) && task.abandon(e.getKey())) {
            replace(task);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean overdue(Task task) {
    return System.nanoTime() - task.deadline.atNanos() > grace.toNanos();
  }

  /** Records the time-out, then puts a fresh worker in place of the stuck one. */
  private void replace(Task task) {
    abandoned.increment();
    String message =
        "no result within the item time limit ("
            + options.extraction().timeout().toMillis()
            + " ms); the parser thread was abandoned";
    String source = sources.assign(task.item.root(), task.item.path(), task.item.url());
    emit(
        judged(Records.failed(task.item, source, ErrorKind.TIMEOUT, message, task.elapsedMillis())),
        "");
    startWorker();
    if (liveWorkers.decrementAndGet() == 0 && producerDone.get()) {
      finished.countDown();
    }
  }

  private void fail(Throwable t) {
    if (fatal.compareAndSet(null, t)) {
      finished.countDown();
    }
  }
}
