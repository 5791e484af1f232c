package io.provscan.scan;

import io.provscan.extract.TikaExtractor;
import io.provscan.manifest.LicenseNormalizer;
import io.provscan.manifest.Manifests;
import io.provscan.manifest.UrlLists;
import io.provscan.policy.PolicyEngine;
import io.provscan.record.ItemRecord;
import io.provscan.record.RecordSink;
import io.provscan.sitepolicy.PolicyCaptures;
import io.provscan.sitepolicy.WarcPolicyPrePass;
import io.provscan.source.Item;
import io.provscan.source.ItemStatus;
import io.provscan.source.PrePass;
import io.provscan.source.SourceLimits;
import io.provscan.source.SourceWalker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The scan as an iterator-to-iterator function, for engines that distribute the inputs themselves
 * (a Spark {@code mapPartitions}): inputs in, judged item records out, made by the same walker,
 * extractor, detectors and policy as a {@link Scanner} run with the same options, with its time
 * limits ({@link Pipeline}'s watchdog) and its {@code threads} workers. Writes nothing: the caller
 * stores the records. One instance serves many {@link #scan} calls, one after another.
 */
public final class RecordScanner implements AutoCloseable {
  /** Records buffered between the workers and the consumer: {@value}. */
  static final int BUFFER = 256;

  private final ScanOptions options;
  private final Path temp;
  private final SourceLimits limits;
  private final UrlLists records;
  private final SourceWalker walker;
  private final ItemProcessor processor;

  /**
   * A scanner with the capabilities {@code options} asks for.
   *
   * @param options the options; their roots are read for manifests (and, without {@code captures},
   *     for site-policy captures in WARC files), their output folder is not used
   * @param captures the site-policy captures gathered before the scan (by a driver, from every WARC
   *     input), or null to gather them from the option's roots here
   */
  public RecordScanner(ScanOptions options, PolicyCaptures captures)
      throws IOException, InterruptedException {
    this.options = options;
    this.temp = Files.createTempDirectory(TempFiles.PREFIX);
    this.limits = options.sourceLimits(temp);
    Capabilities capabilities = Capabilities.of(options);
    for (PrePass p : capabilities.prePasses()) {
      if (captures != null && p instanceof WarcPolicyPrePass warc) {
        warc.use(captures);
      } else {
        p.prepare(options.roots(), limits);
      }
    }
    Manifests manifests =
        Manifests.find(options.roots(), limits, CatalogLicenses.normalizer(options));
    this.records = new UrlLists(CatalogLicenses.normalizer(options), options.source().columns());
    this.walker = new SourceWalker(limits, records);
    PolicyEngine engine = new PolicyEngine(options.policy(), CatalogLicenses.categories(options));
    this.processor =
        new ItemProcessor(
            new TikaExtractor(options.extraction()),
            capabilities.detectors(),
            manifests.registry(),
            engine,
            options.licenses(),
            false);
  }

  /** The longest record line read, in bytes, with {@code options}: their in-memory limit. */
  public static int maxRecordBytes(ScanOptions options, Path temp) {
    return options.sourceLimits(temp).inMemoryLimit();
  }

  /**
   * True when {@code name} is a JSONL corpus by name and {@code head} (its first bytes) shows a
   * record with a URL: a scan with {@code options} reads such a file as records, so it may be cut
   * into {@link ScanInput.Lines} runs ({@link LineSplits}). Needs no scanner (no licence
   * catalogue): a driver asks before any executor has started one.
   */
  public static boolean readsAsJsonlCorpus(
      ScanOptions options, String name, byte[] head, int length) {
    UrlLists lists = new UrlLists(LicenseNormalizer.builtIn(), options.source().columns());
    return lists.jsonl(name) && lists.claimsName(name) && lists.claims(name, head, length);
  }

  /**
   * The judged records of {@code inputs}, lazily: the inputs are read as the records are taken. A
   * fault of an output-less kind (an input that cannot be read to its end) ends the iteration with
   * an {@link UncheckedIOException} or {@link IllegalStateException}, so that the engine retries
   * the whole partition.
   */
  public Iterator<ItemRecord> scan(Iterator<? extends ScanInput> inputs) {
    return new Results(inputs);
  }

  private void produce(Iterator<? extends ScanInput> inputs, SourceWalker.Sink sink)
      throws InterruptedException {
    while (inputs.hasNext()) {
      ScanInput input = inputs.next();
      if (input instanceof ScanInput.File f) {
        walker.file(f.root(), f.file(), f.path(), f.size(), sink);
      } else if (input instanceof ScanInput.Lines l) {
        lines(l, sink);
      } else if (input instanceof ScanInput.Corpus c) {
        String type = records.mediaType(c.path());
        Item.Preset preset =
            new Item.Preset(ItemStatus.OK, null, c.sha256(), type, (int) c.members());
        sink.accept(Item.preset(c.root(), c.path(), null, 0, c.size(), preset));
      }
    }
  }

  private void lines(ScanInput.Lines l, SourceWalker.Sink sink) throws InterruptedException {
    try (InputStream in = l.lines().open()) {
      records.readJsonlLines(
          in,
          limits.inMemoryLimit(),
          l.firstLine(),
          r -> sink.accept(Item.ofRecord(l.root(), l.path(), 0, r)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + l.path() + " from line " + l.firstLine(), e);
    }
  }

  /** Removes the scanner's temporary folder. */
  @Override
  public void close() {
    TempFiles.deleteTree(temp);
  }

  /** Runs a pipeline on a thread of its own and hands its records over a bounded queue. */
  private final class Results implements Iterator<ItemRecord> {
    private static final ItemRecord END = null;
    private final Iterator<? extends ScanInput> inputs;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BUFFER);
    private Thread runner;
    private Object next;
    private boolean ended;

    Results(Iterator<? extends ScanInput> inputs) {
      this.inputs = inputs;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !ended) {
        next = take();
      }
      return next instanceof ItemRecord;
    }

    @Override
    public ItemRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ItemRecord r = (ItemRecord) next;
      next = null;
      return r;
    }

    private Object take() {
      if (runner == null) {
        runner = new Thread(this::run, "provscan-records");
        runner.setDaemon(true);
        runner.start();
      }
      Object o;
      try {
        o = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        runner.interrupt();
        throw new IllegalStateException("interrupted while scanning records", e);
      }
      if (o instanceof ItemRecord) {
        return o;
      }
      ended = true;
      if (o instanceof UncheckedIOException e) {
        throw e;
      }
      if (o instanceof Throwable t) {
        throw new IllegalStateException("the record scan stopped: " + t, t);
      }
      return END;
    }

    private void run() {
      Object last = Boolean.TRUE;
      try {
        RecordSink sink = new QueueSink(queue);
        new Pipeline(options, processor, sink, out -> produce(inputs, out), item -> false).run();
      } catch (IllegalStateException e) {
        last = e.getCause() instanceof UncheckedIOException u ? u : e;
      } catch (IOException | RuntimeException e) {
        last = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        last = e;
      }
      try {
        queue.put(last);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Hands records to the consumer; waits while the consumer is behind. */
  private record QueueSink(BlockingQueue<Object> queue) implements RecordSink {
    @Override
    public void accept(ItemRecord record, String text) throws IOException {
      try {
        queue.put(record);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }

    @Override
    public void close() {}
  }
}
