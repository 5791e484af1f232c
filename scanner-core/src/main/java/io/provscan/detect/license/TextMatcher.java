package io.provscan.detect.license;

import io.provscan.licensedb.LicenseEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds full SPDX licence texts in a text: the shingle index proposes a few candidates with the
 * regions where their trigrams cluster, and {@link RegionAligner} confirms each region word by
 * word. Several licences in one text are each reported; overlapping matches keep the better one
 * ({@link MatchSelection}).
 */
final class TextMatcher {
  /** A template is a candidate when this share of its trigrams is in the text: {@value}. */
  static final double MIN_CONTAINMENT = 0.6;

  /** Candidates aligned at most per text: {@value}. */
  static final int MAX_CANDIDATES = 24;

  /** Texts close to a licence down to this confidence are reported, as not exact: {@value}. */
  static final double MIN_CONFIDENCE = 0.8;

  /** Words between two trigram hits of one region at most: {@value}. */
  static final int MAX_GAP = 200;

  /** Words of context aligned before and after a region (titles, copyright lines): {@value}. */
  static final int MARGIN = 80;

  /** Capacity of a candidate's list of trigram positions before it first grows. */
  private static final int INITIAL_POSITIONS = 16;

  private final LicenseKnowledge knowledge;

  TextMatcher(LicenseKnowledge knowledge) {
    this.knowledge = knowledge;
  }

  /**
   * A licence text found.
   *
   * @param entry the licence
   * @param first index of its first word in the text
   * @param last index of its last word
   * @param exact true when nothing but what the SPDX guidelines allow differs
   * @param confidence 1 when exact, else the share of the licence's words found, less extra words
   * @param matched required words found (longer licences win ties)
   * @param differences what differs
   * @param partial true when the text holds only the licence's first part ({@link PartialTexts});
   *     the confidence is then the share of the licence's words it holds
   */
  record Match(
      LicenseEntry entry,
      int first,
      int last,
      boolean exact,
      double confidence,
      int matched,
      List<String> differences,
      boolean partial) {}

  /** Every licence text in {@code tokens}, in text order, without overlaps. */
  List<Match> find(Tokens tokens) {
    ShingleIndex index = knowledge.shingles();
    int[] keyAt = index.lookup(tokens);
    int[] hits = index.hits(keyAt);
    List<Match> found = new ArrayList<>();
    List<Integer> candidates = candidates(index, hits);
    int[][] positions = positions(index, keyAt, candidates, hits.length);
    for (int t : candidates) {
      alignRegions(t, tokens, positions[t], hits[t] / (double) index.count(t), found);
    }
    return MatchSelection.select(found);
  }

  /**
   * Templates with enough of their trigrams in the text, most contained first (then the preferred
   * id), at most {@value #MAX_CANDIDATES}.
   */
  private List<Integer> candidates(ShingleIndex index, int[] hits) {
    List<Integer> c = new ArrayList<>();
    for (int t = 0; t < hits.length; t++) {
      if (hits[t] >= 3 && hits[t] >= knowledge.minContainment(t) * index.count(t)) {
        c.add(t);
      }
    }
    c.sort(
        Comparator.comparingDouble((Integer t) -> -hits[t] / (double) index.count(t))
            .thenComparingInt(t -> MatchSelection.preference(knowledge.entry(t))));
    return c.size() > MAX_CANDIDATES ? c.subList(0, MAX_CANDIDATES) : c;
  }

  /** For each candidate, the text positions of its trigrams, in one pass over the text. */
  private static int[][] positions(
      ShingleIndex index, int[] keyAt, List<Integer> candidates, int templates) {
    int[][] out = new int[templates][];
    int[] size = new int[templates];
    boolean[] wanted = new boolean[templates];
    for (int t : candidates) {
      wanted[t] = true;
      out[t] = new int[INITIAL_POSITIONS];
    }
    for (int i = 0; i < keyAt.length; i++) {
      if (keyAt[i] >= 0) {
        addPosition(index, keyAt[i], i, wanted, out, size);
      }
    }
    for (int t : candidates) {
      out[t] = Arrays.copyOf(out[t], size[t]);
    }
    return out;
  }

  /** Adds text position {@code i} to every wanted template that has the trigram {@code key}. */
  private static void addPosition(
      ShingleIndex index, int key, int i, boolean[] wanted, int[][] out, int[] size) {
    for (int p = index.postingsFrom(key); p < index.postingsTo(key); p++) {
      int t = index.posting(p);
      if (wanted[t]) {
        if (size[t] == out[t].length) {
          out[t] = Arrays.copyOf(out[t], size[t] * 2);
        }
        out[t][size[t]++] = i;
      }
    }
  }

  /**
   * Cuts a candidate's trigram hits into regions (a gap of more than {@value #MAX_GAP} words starts
   * a new one) and confirms each.
   */
  private void alignRegions(
      int t, Tokens tokens, int[] hitsAt, double containment, List<Match> out) {
    int start = -1;
    int end = -1;
    int count = 0;
    for (int i : hitsAt) {
      if (start >= 0 && i - end > MAX_GAP) {
        confirmRegion(t, tokens, start, end, count, containment, out);
        start = -1;
      }
      if (start < 0) {
        start = i;
        count = 0;
      }
      end = i;
      count++;
    }
    confirmRegion(t, tokens, start, end, count, containment, out);
  }

  /**
   * Aligns template {@code t} with the region {@code [start, end]} holding {@code count} of its
   * trigram hits, and adds the match when it is confident enough.
   */
  private void confirmRegion(
      int t, Tokens tokens, int start, int end, int count, double containment, List<Match> out) {
    Template template = knowledge.template(t);
    LicenseEntry entry = knowledge.entry(t);
    if (start < 0
        || count < knowledge.minContainment(t) * knowledge.shingles().count(t)
        || MatchSelection.covered(entry, template, containment, count, start, end, out)) {
      return;
    }
    int from = Math.max(0, start - MARGIN);
    int to = Math.min(tokens.size, end + 3 + MARGIN);
    Alignment.Result r =
        RegionAligner.best(
            template, tokens, start, end, from, to, containment, knowledge.wordIds());
    if (r == null || r.first() < 0) {
      return;
    }
    double confidence = r.exact() ? 1.0 : r.confidence(template.requiredCount);
    if (PartialTexts.stopsEarly(entry, r, confidence, template.requiredCount, tokens)) {
      Alignment.Result p = r.prefix();
      out.add(match(entry, p, PartialTexts.coverage(p, template.requiredCount), true));
    } else if (confidence >= MIN_CONFIDENCE) {
      out.add(match(entry, r, confidence, false));
    }
  }

  private static Match match(
      LicenseEntry entry, Alignment.Result r, double confidence, boolean partial) {
    return new Match(
        entry,
        r.first(),
        r.last(),
        r.exact(),
        round(confidence),
        r.matched(),
        r.differences(),
        partial);
  }

  /** A confidence as reported: three decimals. */
  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
