package io.provscan.summary;

import io.provscan.internal.AtomicFiles;
import io.provscan.internal.Counter;
import io.provscan.internal.Json;
import io.provscan.record.ItemRecord;
import io.provscan.record.RecordSink;
import io.provscan.record.SummarySection;
import io.provscan.source.ItemStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Accumulates {@code summary.json} while records stream past, then writes it. Thread-safe. {@code
 * counts.seen == counts.ok + counts.failed + counts.skipped} holds by construction: every record
 * increments seen and exactly one status.
 */
public final class SummaryBuilder implements RecordSink {
  /** Version of the output format; bump on any incompatible change to items or summary. */
  public static final int SCHEMA_VERSION = 1;

  private final LongAdder seen = new LongAdder();
  private final Map<ItemStatus, LongAdder> byStatus = new LinkedHashMap<>();
  private final LongAdder containers = new LongAdder();
  private final LongAdder truncated = new LongAdder();
  private final LongAdder inputBytes = new LongAdder();
  private final LongAdder itemBytes = new LongAdder();
  private final LongAdder chars = new LongAdder();
  private final Counter mediaTypes = new Counter();
  private final Counter errors = new Counter();
  private final Counter languages = new Counter();
  private final List<SummarySection> sections;

  /** A builder that also feeds the given sections. */
  public SummaryBuilder(List<SummarySection> sections) {
    this.sections = List.copyOf(sections);
    for (ItemStatus s : ItemStatus.values()) {
      byStatus.put(s, new LongAdder());
    }
  }

  @Override
  public void accept(ItemRecord r, String text) {
    seen.increment();
    byStatus.get(r.status()).increment();
    if (r.error() != null) {
      errors.increment(r.error().kind().json());
    }
    if (r.parent() == null && r.size() != null) {
      inputBytes.add(r.size());
    }
    if (r.isContainer()) {
      containers.increment();
    } else if (r.size() != null) {
      itemBytes.add(r.size());
    }
    if (r.mediaType() != null) {
      mediaTypes.increment(r.mediaType());
    }
    if (r.language() != null) {
      languages.increment(r.language());
    }
    if (r.truncated()) {
      truncated.increment();
    }
    chars.add(r.chars());
    for (SummarySection section : sections) {
      section.accept(r);
    }
  }

  /** Items seen so far. */
  public long seen() {
    return seen.sum();
  }

  /** Items with the given status so far. */
  public long count(ItemStatus status) {
    return byStatus.get(status).sum();
  }

  /** Top-level input bytes of finished items so far. */
  public long inputBytes() {
    return inputBytes.sum();
  }

  /**
   * The summary document, not yet judged by a policy ({@link ScanSummary#judged}).
   *
   * @param run facts of the run: tool, options, roots, times, index, excluded paths
   */
  public ScanSummary build(RunInfo run) {
    long millis = Duration.between(run.started(), run.finished()).toMillis();
    Map<String, Object> snapshots = new LinkedHashMap<>();
    for (SummarySection section : sections) {
      snapshots.put(section.key(), section.snapshot());
    }
    return new ScanSummary(
        SCHEMA_VERSION,
        new ScanSummary.Tool("provscan", run.version()),
        run.started().toString(),
        run.finished().toString(),
        millis,
        run.roots(),
        run.options(),
        counts(run.excluded()),
        new ScanSummary.Bytes(inputBytes.sum(), itemBytes.sum()),
        chars.sum(),
        mediaTypes.snapshot(),
        errors.snapshot(),
        languages.snapshot(),
        throughput(millis),
        run.index(),
        run.abandonedThreads(),
        snapshots,
        null,
        null);
  }

  private ScanSummary.Counts counts(long excluded) {
    return new ScanSummary.Counts(
        seen.sum(),
        count(ItemStatus.OK),
        count(ItemStatus.FAILED),
        count(ItemStatus.SKIPPED),
        containers.sum(),
        truncated.sum(),
        excluded);
  }

  private ScanSummary.Throughput throughput(long millis) {
    double seconds = Math.max(millis, 1) / 1000.0;
    return new ScanSummary.Throughput(
        round(seen.sum() / seconds), round(inputBytes.sum() / 1048576.0 / seconds));
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  /**
   * Writes the summary document to {@code file}, pretty-printed, replacing it only once complete (a
   * scan is finished when its summary exists, so a half-written one must never be seen).
   */
  public static void write(ScanSummary summary, Path file) throws IOException {
    AtomicFiles.write(
        file, out -> Json.mapper().writerWithDefaultPrettyPrinter().writeValue(out, summary));
  }

  @Override
  public void close() {}

  /**
   * Facts of a run that are not counted from records.
   *
   * @param version provscan's version
   * @param started when the scan started
   * @param finished when it finished
   * @param roots the scan roots, absolute
   * @param options the effective options
   * @param excluded paths left out by --exclude
   * @param index facts of the index (path, documents), or null with --no-index
   * @param abandonedThreads parser threads given up after ignoring the time limit
   */
  public record RunInfo(
      String version,
      Instant started,
      Instant finished,
      List<String> roots,
      Map<String, Object> options,
      long excluded,
      Map<String, Object> index,
      long abandonedThreads) {}
}
