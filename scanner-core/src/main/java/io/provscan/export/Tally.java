package io.provscan.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of an export: records kept and dropped, dropped per reason, both per source and per
 * licence, values de-identified per type and operator, and the first {@value #MAX_PROBLEMS} items
 * dropped for a problem of the input (changed, missing, unreadable). Fed by the one writer thread
 * in the export's order; its {@link State} is saved with every finished shard, so a resumed export
 * counts exactly as an uninterrupted one.
 */
final class Tally {
  /** Problem items listed in the manifest: {@value}; all of them are in {@code dropped.jsonl}. */
  static final int MAX_PROBLEMS = 1000;

  /** Kept and dropped, the keys of the per-source and per-licence counts. */
  static final String KEPT = "kept";

  static final String DROPPED = "dropped";

  /** The licence key of records with no known licence: {@value}. */
  static final String NO_LICENSE = "NOASSERTION";

  private long kept;
  private long dropped;
  private long problems;
  private long review;
  private final State counts;

  /** A tally going on from {@code saved} (a copy is taken). */
  Tally(State saved) {
    this.kept = saved.kept();
    this.dropped = saved.dropped();
    this.problems = saved.problems();
    this.review = saved.review();
    this.counts = saved.copy();
  }

  /** A fresh tally. */
  static Tally empty() {
    return new Tally(
        new State(
            0,
            0,
            new TreeMap<>(),
            new TreeMap<>(),
            new TreeMap<>(),
            new TreeMap<>(),
            0,
            new ArrayList<>(),
            0));
  }

  /**
   * The counts as saved.
   *
   * @param kept records exported
   * @param dropped records left out
   * @param reasons records dropped per reason (policy rule or input problem); a record dropped by
   *     two rules counts under both
   * @param sources kept and dropped per source id
   * @param licenses kept and dropped per licence expression
   * @param deidentified values replaced per type, then per operator
   * @param problems records dropped for a problem of the input
   * @param problemItems the first of those, {@code path: reason}
   * @param review records kept whose verdict is {@code review} (with {@code --include-review})
   */
  record State(
      long kept,
      long dropped,
      Map<String, Long> reasons,
      Map<String, Map<String, Long>> sources,
      Map<String, Map<String, Long>> licenses,
      Map<String, Map<String, Long>> deidentified,
      long problems,
      List<String> problemItems,
      long review) {

    /** A deep copy, sorted. */
    State copy() {
      return new State(
          kept,
          dropped,
          new TreeMap<>(reasons),
          deep(sources),
          deep(licenses),
          deep(deidentified),
          problems,
          new ArrayList<>(problemItems),
          review);
    }

    private static Map<String, Map<String, Long>> deep(Map<String, Map<String, Long>> m) {
      Map<String, Map<String, Long>> out = new TreeMap<>();
      m.forEach((k, v) -> out.put(k, new TreeMap<>(v)));
      return out;
    }
  }

  /** A copy of the counts so far. */
  State snapshot() {
    return new State(
            kept,
            dropped,
            counts.reasons(),
            counts.sources(),
            counts.licenses(),
            counts.deidentified(),
            problems,
            counts.problemItems(),
            review)
        .copy();
  }

  void kept(ScanEntry e, List<Deidentifier.Span> spans) {
    kept++;
    if ("review".equals(e.verdict())) {
      review++;
    }
    count(counts.sources(), e.source(), KEPT);
    count(counts.licenses(), licenseKey(e), KEPT);
    for (Deidentifier.Span s : spans) {
      count(counts.deidentified(), s.type(), s.operator().id());
    }
  }

  /**
   * Counts a dropped record.
   *
   * @param e its entry in the scan, or null when the scan has none
   * @param reasons the rules (or the one input problem) that dropped it
   * @param problem true when an input problem dropped it, not the policy
   */
  void dropped(ScanEntry e, String path, List<String> reasons, boolean problem) {
    dropped++;
    reasons.forEach(r -> counts.reasons().merge(r, 1L, Long::sum));
    count(counts.sources(), e == null ? "(not in the scan)" : e.source(), DROPPED);
    count(counts.licenses(), e == null ? NO_LICENSE : licenseKey(e), DROPPED);
    if (problem) {
      problems++;
      if (counts.problemItems().size() < MAX_PROBLEMS) {
        counts.problemItems().add(path + ": " + reasons.get(0));
      }
    }
  }

  static String licenseKey(ScanEntry e) {
    return e.license() == null ? NO_LICENSE : e.license();
  }

  private static void count(Map<String, Map<String, Long>> m, String key, String what) {
    m.computeIfAbsent(key, k -> new TreeMap<>()).merge(what, 1L, Long::sum);
  }
}
