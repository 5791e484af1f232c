package io.provscan.scan;

import io.provscan.extract.Deadline;
import io.provscan.internal.NamedThreadFactory;
import io.provscan.record.ItemRecord;
import io.provscan.record.RecordSink;
import io.provscan.source.Item;
import io.provscan.source.SourceWalker;
import java.io.IOException;
import java.time.Duration;
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
import java.util.function.Predicate;

/**
 * One run of the scan pipeline: a producer thread walks the sources into a bounded queue, worker
 * threads turn items into records ({@link ItemProcessor}) and hand them to the sinks, and a {@link
 * Watchdog} gives up on workers whose parser ignores the time limit (the item is recorded as a
 * time-out and a fresh worker takes the abandoned one's place). Back-pressure comes from the queue,
 * so memory stays flat whatever the corpus size.
 */
final class Pipeline {
  /** Queue slots per worker: {@value}. */
  static final int QUEUE_PER_WORKER = 2;

  private final Producer producer;
  private final int threads;
  private final Duration timeout;
  private final ItemProcessor processor;
  private final RecordSink sink;
  private final BlockingQueue<Item> queue;
  private final AtomicBoolean producerDone = new AtomicBoolean();
  private final Map<Thread, Task> inFlight = new ConcurrentHashMap<>();
  private final AtomicReference<Throwable> fatal = new AtomicReference<>();
  private final AtomicInteger liveWorkers = new AtomicInteger();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final LongAdder abandoned = new LongAdder();
  private final NamedThreadFactory workerThreads = new NamedThreadFactory("provscan-worker");
  private final Predicate<Item> recorded;
  private volatile boolean stopping;
  private volatile Thread producerThread;

  /** What feeds the pipeline: walks its inputs into the sink, on the producer thread. */
  @FunctionalInterface
  interface Producer {
    /** Hands every item to {@code sink}, in order; may be interrupted. */
    void produce(SourceWalker.Sink sink) throws InterruptedException;
  }

  /** How long a stop waits for the items in flight to finish: 10 s; the rest are left undone. */
  static final Duration STOP_GRACE = Duration.ofSeconds(10);

  Pipeline(ScanOptions options, ItemProcessor processor, RecordSink sink, SourceWalker walker) {
    this(options, processor, sink, walker, item -> false);
  }

  /**
   * A pipeline that passes over the items {@code recorded} names (a resumed scan's, already in
   * {@code items.jsonl}).
   */
  Pipeline(
      ScanOptions options,
      ItemProcessor processor,
      RecordSink sink,
      SourceWalker walker,
      Predicate<Item> recorded) {
    this(options, processor, sink, out -> walker.walk(options.roots(), out), recorded);
  }

  /** A pipeline fed by {@code producer} instead of a walk of the scan's roots. */
  Pipeline(
      ScanOptions options,
      ItemProcessor processor,
      RecordSink sink,
      Producer producer,
      Predicate<Item> recorded) {
    this.recorded = recorded;
    this.producer = producer;
    this.threads = options.threads();
    this.timeout = options.extraction().timeout();
    this.processor = processor;
    this.sink = sink;
    this.queue = new ArrayBlockingQueue<>(threads * QUEUE_PER_WORKER);
  }

  /** Parser threads given up so far. */
  long abandoned() {
    return abandoned.sum();
  }

  /**
   * Asks the run to stop soon: no new item is started, the items in flight are given {@link
   * #STOP_GRACE} to finish, and what is queued is left undone (a resumed scan does it).
   */
  void stop() {
    stopping = true;
    Thread p = producerThread;
    if (p != null) {
      p.interrupt();
    }
  }

  /** True when {@link #stop()} was asked. */
  boolean stopped() {
    return stopping;
  }

  /** Runs to the end; rethrows the first fatal error (an output that cannot be written). */
  void run() throws IOException, InterruptedException {
    Thread producer = new NamedThreadFactory("provscan-walker").newThread(this::produce);
    this.producerThread = producer;
    Thread watchdog =
        new NamedThreadFactory("provscan-watchdog")
            .newThread(new Watchdog(inFlight, timeout, this::replace));
    // Workers first: the producer ends the run when it finds none alive after its last item.
    for (int i = 0; i < threads; i++) {
      startWorker();
    }
    producer.start();
    watchdog.start();
    try {
      awaitEnd();
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

  private void awaitEnd() throws InterruptedException {
    long stopAt = Long.MAX_VALUE;
    while (!finished.await(50, TimeUnit.MILLISECONDS)) {
      if (stopping && stopAt == Long.MAX_VALUE) {
        stopAt = System.nanoTime() + STOP_GRACE.toNanos();
        producerThread.interrupt();
      }
      if (System.nanoTime() > stopAt) {
        return; // parsers that ignore the stop are left behind, like the watchdog's
      }
    }
  }

  private void produce() {
    try {
      producer.produce(this::enqueue);
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
    if (recorded.test(item)) {
      if (item.content() != null) {
        item.content().release();
      }
      return;
    }
    while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
      if (fatal.get() != null || stopping) {
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
      while (fatal.get() == null && !stopping) {
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
      if (!replaced) {
        workerEnded();
      }
    }
  }

  /** Processes one item; true when the watchdog gave up on it and replaced this worker. */
  private boolean process(Item item) {
    Task task = new Task(item, Deadline.in(timeout));
    Thread self = Thread.currentThread();
    inFlight.put(self, task);
    try {
      ItemProcessor.Outcome outcome = processor.outcome(task);
      if (task.finish()) {
        emit(processor.judged(outcome.record()), outcome.text());
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

  private void emit(ItemRecord record, String text) {
    try {
      sink.accept(record, text);
    } catch (IOException | RuntimeException e) {
      fail(e);
    }
  }

  /** Records the time-out, then puts a fresh worker in place of the stuck one. */
  private void replace(Task task) {
    abandoned.increment();
    emit(processor.timedOut(task, timeout), "");
    startWorker();
    workerEnded();
  }

  /** Counts a worker out; the last one after the producer's last item ends the run. */
  private void workerEnded() {
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
