package io.provscan.scan;

import io.provscan.detect.Detector;
import io.provscan.detect.DetectorInput;
import io.provscan.detect.Findings;
import io.provscan.detect.license.LicenseKnowledge;
import io.provscan.extract.Extracted;
import io.provscan.extract.Extractor;
import io.provscan.policy.Judgement;
import io.provscan.policy.PolicyEngine;
import io.provscan.provenance.SourceRegistry;
import io.provscan.record.ItemRecord;
import io.provscan.source.ErrorKind;
import io.provscan.source.Item;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one item into its judged record: extraction, detection, masking of personal data, the
 * policy's verdict. Knows nothing of threads; what goes wrong with one item becomes that item's
 * record, never an exception out of the scan. Shared by every worker, so it holds no mutable state.
 */
final class ItemProcessor {
  private final Extractor extractor;
  private final List<Detector> detectors;
  private final SourceRegistry sources;
  private final PolicyEngine policy;
  private final boolean licenses;
  private final boolean maskText;

  /**
   * A processor.
   *
   * @param maskText mask personal data in the text too (only the index reads it)
   */
  ItemProcessor(
      Extractor extractor,
      List<Detector> detectors,
      SourceRegistry sources,
      PolicyEngine policy,
      boolean licenses,
      boolean maskText) {
    this.extractor = extractor;
    this.detectors = List.copyOf(detectors);
    this.sources = sources;
    this.policy = policy;
    this.licenses = licenses;
    this.maskText = maskText;
  }

  /** A record and the (masked) text that goes with it into the index. */
  record Outcome(ItemRecord record, String text) {}

  /** The item's record, not yet judged, and its text; within the task's deadline. */
  Outcome outcome(Task task) {
    Item item = task.item;
    String source = source(item);
    try {
      if (item.isPreset()) {
        return new Outcome(Records.preset(item, source), "");
      }
      Extracted ex = extractor.extract(item, task.deadline);
      List<String> notes = new ArrayList<>();
      Findings findings = detect(item, ex, notes);
      ex = Masking.masked(ex, findings, detectors, maskText);
      long ms = task.elapsedMillis();
      return new Outcome(Records.of(item, source, ex, findings, notes, ms), ex.text());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A bug (or a parser's memory blow-up) costs this item, not the scan.
      ErrorKind kind = e instanceof OutOfMemoryError ? ErrorKind.OUT_OF_MEMORY : ErrorKind.INTERNAL;
      String why = "provscan failed on this item: " + e;
      return new Outcome(Records.failed(item, source, kind, why, task.elapsedMillis()), "");
    }
  }

  /** The judged record of a task whose parser was given up after {@code timeout}. */
  ItemRecord timedOut(Task task, Duration timeout) {
    String message =
        "no result within the item time limit ("
            + timeout.toMillis()
            + " ms); the parser thread was abandoned";
    Item item = task.item;
    return judged(
        Records.failed(item, source(item), ErrorKind.TIMEOUT, message, task.elapsedMillis()));
  }

  /** The record with the policy's verdict and reasons. */
  ItemRecord judged(ItemRecord record) {
    Judgement j = policy.judge(record, sources.get(record.source()).orElse(null));
    return record.withVerdict(j.verdict().id(), j.reasons());
  }

  /**
   * A previous scan's record of an unchanged item: its source is counted again and its verdict
   * judged again under this scan's policy; the findings are kept as they are.
   */
  ItemRecord reused(ItemRecord record) {
    recovered(record);
    return judged(record);
  }

  /**
   * A record a killed scan already wrote, which a resumed scan keeps: its source is counted again
   * and the detectors learn of its URL, as if the item had just been scanned.
   */
  void recovered(ItemRecord record) {
    sources.assign(record.root(), record.path(), record.url());
    if (record.url() != null && wasDetected(record)) {
      detectors.forEach(d -> d.reuse(record.url()));
    }
  }

  /** True when {@link #outcome} ran the detectors on the item (it was neither preset nor lost). */
  private static boolean wasDetected(ItemRecord r) {
    if (r.isContainer() || r.error() == null) {
      return !r.isContainer();
    }
    return switch (r.error().kind()) {
      case TIMEOUT, INTERNAL, OUT_OF_MEMORY, SYMLINK, SPECIAL_FILE, SYMLINK_LOOP -> false;
      default -> true;
    };
  }

  private String source(Item item) {
    return sources.assign(item.root(), item.path(), item.url());
  }

  /** Every detector's findings; one that throws costs its own findings and leaves a note. */
  private Findings detect(Item item, Extracted ex, List<String> notes) {
    DetectorInput input = DetectorInput.of(item, ex);
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
}
