package io.provscan.detect.license;

import io.provscan.licensedb.LicenseEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds full SPDX licence texts in a text: the shingle index proposes a few candidates with the
 * regions where their trigrams cluster, and {@link Alignment} confirms each region word by word.
 * Several licences in one text are each reported; overlapping matches keep the better one.
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

  /**
   * Templates up to this many words are aligned whole when a narrowed span fell short: {@value}.
   */
  static final int MAX_FULL_RETRY = 6_000;

  /**
   * Below this containment a candidate inside a close (not exact) match is skipped when it cannot
   * beat it; above it, it is always aligned: containment undercounts templates whose variables cut
   * many trigrams: {@value}.
   */
  static final double CLEARLY_WORSE = 0.9;

  /** Words of context aligned before and after a region (titles, copyright lines): {@value}. */
  static final int MARGIN = 80;

  private final LicenseKnowledge k;

  TextMatcher(LicenseKnowledge knowledge) {
    this.k = knowledge;
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
   */
  record Match(
      LicenseEntry entry,
      int first,
      int last,
      boolean exact,
      double confidence,
      int matched,
      List<String> differences) {}

  /** Every licence text in {@code tokens}, in text order, without overlaps. */
  List<Match> find(Tokens tokens) {
    ShingleIndex index = k.shingles();
    int[] keyAt = index.lookup(tokens);
    int[] hits = index.hits(keyAt);
    List<Match> found = new ArrayList<>();
    List<Integer> candidates = candidates(index, hits);
    int[][] positions = positions(index, keyAt, candidates, hits.length);
    for (int t : candidates) {
      align(t, tokens, positions[t], hits[t] / (double) index.count(t), found);
    }
    return select(found);
  }

  /** For each candidate, the text positions of its trigrams, in one pass over the text. */
  private static int[][] positions(
      ShingleIndex index, int[] keyAt, List<Integer> candidates, int templates) {
    int[][] out = new int[templates][];
    int[] size = new int[templates];
    boolean[] wanted = new boolean[templates];
    for (int t : candidates) {
      wanted[t] = true;
      out[t] = new int[16];
    }
    for (int i = 0; i < keyAt.length; i++) {
      if (keyAt[i] < 0) {
        continue;
      }
      for (int p = index.from(keyAt[i]); p < index.to(keyAt[i]); p++) {
        int t = index.posting(p);
        if (wanted[t]) {
          if (size[t] == out[t].length) {
            out[t] = java.util.Arrays.copyOf(out[t], size[t] * 2);
          }
          out[t][size[t]++] = i;
        }
      }
    }
    for (int t : candidates) {
      out[t] = java.util.Arrays.copyOf(out[t], size[t]);
    }
    return out;
  }

  /**
   * A region inside one already matched is not aligned again when the candidate cannot beat that
   * match: selection would drop it anyway. A candidate missing a share {@code 1 - c} of its
   * trigrams misses at least a third as many words (one word is in at most three trigrams), so its
   * confidence is at most {@code 1 - (1 - c) / 3}. An exact match is beaten only by a longer
   * licence that is nearly all there (Cube is zlib and more) or by a preferred id with the same
   * text.
   */
  private static boolean covered(
      LicenseEntry candidate,
      int required,
      double containment,
      int start,
      int end,
      List<Match> found) {
    double best = 1 - (1 - containment) / 3;
    for (Match m : found) {
      if (start < m.first() - MARGIN || end > m.last() + MARGIN) {
        continue;
      }
      boolean sameOrShorter =
          required <= m.matched() && preference(candidate) >= preference(m.entry());
      boolean cannotBeat =
          m.exact()
              ? sameOrShorter || containment < CLEARLY_WORSE
              : containment < CLEARLY_WORSE && m.confidence() > best;
      if (cannotBeat) {
        return true;
      }
    }
    return false;
  }

  private List<Integer> candidates(ShingleIndex index, int[] hits) {
    List<Integer> c = new ArrayList<>();
    for (int t = 0; t < hits.length; t++) {
      if (hits[t] >= 3 && hits[t] >= MIN_CONTAINMENT * index.count(t)) {
        c.add(t);
      }
    }
    c.sort(
        Comparator.comparingDouble((Integer t) -> -hits[t] / (double) index.count(t))
            .thenComparingInt(t -> preference(k.entry(t))));
    return c.size() > MAX_CANDIDATES ? c.subList(0, MAX_CANDIDATES) : c;
  }

  private void align(int t, Tokens tokens, int[] hitsAt, double containment, List<Match> out) {
    Template template = k.template(t);
    int start = -1;
    int end = -1;
    int count = 0;
    for (int i : hitsAt) {
      if (start >= 0 && i - end > MAX_GAP) {
        region(t, template, tokens, start, end, count, containment, out);
        start = -1;
      }
      if (start < 0) {
        start = i;
        count = 0;
      }
      end = i;
      count++;
    }
    region(t, template, tokens, start, end, count, containment, out);
  }

  private void region(
      int t,
      Template template,
      Tokens tokens,
      int start,
      int end,
      int count,
      double containment,
      List<Match> out) {
    if (start < 0
        || count < MIN_CONTAINMENT * k.shingles().count(t)
        || covered(k.entry(t), template.required, containment, start, end, out)) {
      return;
    }
    int from = Math.max(0, start - MARGIN);
    int to = Math.min(tokens.size, end + 3 + MARGIN);
    Alignment.Result r = bestAlignment(template, tokens, start, end, from, to, containment);
    if (r == null || r.first() < 0) {
      return;
    }
    double confidence = r.exact() ? 1.0 : r.confidence(template.required);
    if (confidence >= MIN_CONFIDENCE) {
      out.add(
          new Match(
              k.entry(t),
              r.first(),
              r.last(),
              r.exact(),
              round(confidence),
              r.matched(),
              r.differences()));
    }
  }

  /**
   * Aligns cheaply first: the template span the region's trigrams point at, then (for templates of
   * moderate size) the whole template, each within {@link Alignment#FIRST_EDITS}; only when neither
   * gives an alignment, and the candidate is a strong one, with the large budget. The first exact
   * alignment wins; otherwise the most confident.
   */
  private Alignment.Result bestAlignment(
      Template template, Tokens tokens, int start, int end, int from, int to, double containment) {
    int[] span = templateSpan(template, tokens, start, end, from, to);
    boolean narrowed = span[0] > 0 || span[1] < template.size();
    boolean wholeToo = narrowed && template.size() <= MAX_FULL_RETRY;
    int wider = Math.min(tokens.size, to + template.size() / 2);
    Alignment.Result best = null;
    for (int budget : new int[] {Alignment.FIRST_EDITS, Alignment.MAX_EDITS}) {
      if (budget > Alignment.FIRST_EDITS && (best != null || containment < MIN_CONFIDENCE)) {
        break;
      }
      Alignment.Result r =
          Alignment.align(template, span[0], span[1], tokens, from, to, k.wordIds(), budget);
      best = better(best, r, template);
      if (wholeToo && (best == null || !best.exact())) {
        r = Alignment.align(template, 0, template.size(), tokens, from, wider, k.wordIds(), budget);
        best = better(best, r, template);
      }
      if (best != null && best.exact()) {
        break;
      }
    }
    return best;
  }

  private static Alignment.Result better(Alignment.Result a, Alignment.Result b, Template t) {
    if (a == null || (b != null && b.confidence(t.required) > a.confidence(t.required))) {
      return b != null && b.exact() ? b : b == null ? a : b;
    }
    return b != null && b.exact() ? b : a;
  }

  /**
   * The part of the template the text region can match: from the template position of the first hit
   * whose trigram occurs once in the template to that of the last such hit, widened by the text
   * around them. Long optional parts the text does not have (LGPL-3.0's template carries the whole
   * GPL-3.0 as optional text) are left out of the alignment instead of costing thousands of edits.
   */
  private static int[] templateSpan(
      Template t, Tokens tokens, int start, int end, int from, int to) {
    int tFrom = 0;
    int tTo = t.size();
    for (int i = start, tries = 0; i <= end && tries < 200; i++, tries++) {
      int p = uniqueAt(t, tokens, i);
      if (p >= 0) {
        tFrom = Math.max(0, p - (i - from) - MARGIN);
        break;
      }
    }
    for (int i = end, tries = 0; i >= start && tries < 200; i--, tries++) {
      int p = uniqueAt(t, tokens, i);
      if (p >= 0) {
        tTo = Math.min(t.size(), p + (to - i) + MARGIN);
        break;
      }
    }
    return tFrom < tTo ? new int[] {tFrom, tTo} : new int[] {0, t.size()};
  }

  private static int uniqueAt(Template t, Tokens tokens, int i) {
    if (i + 2 >= tokens.size) {
      return -1;
    }
    int[] ids = tokens.ids;
    if (ids[i] == 0 || ids[i + 1] == 0 || ids[i + 2] == 0) {
      return -1;
    }
    return t.uniquePosition(ShingleIndex.key(ids[i], ids[i + 1], ids[i + 2]));
  }

  /**
   * Best first: exact before close, current ids before deprecated ones (a deprecated
   * "GPL-2.0-with-classpath-exception" gives way to GPL-2.0-only and the exception, each found on
   * its own), then confidence and length. A match overlapping a better one is dropped (a near-miss
   * sibling, a copy).
   */
  private static List<Match> select(List<Match> found) {
    List<Match> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparing((Match m) -> !m.exact())
            .thenComparing(m -> m.entry().deprecated())
            .thenComparing(m -> -m.confidence())
            .thenComparing(m -> -m.matched())
            .thenComparing(m -> preference(m.entry()))
            .thenComparing(m -> m.entry().id()));
    List<Match> kept = new ArrayList<>();
    for (Match m : sorted) {
      if (kept.stream().noneMatch(o -> overlaps(o, m))) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Match::first));
    return kept;
  }

  /**
   * Among texts that match equally: current ids before deprecated ones, and "-only" before
   * "-or-later" — a licence text alone does not say that later versions apply; the notice that does
   * is found as a reference (ScanCode reads a bare GPL text the same way).
   */
  private static int preference(LicenseEntry e) {
    return (e.deprecated() ? 1000 : 0) + e.id().length();
  }

  private static boolean overlaps(Match a, Match b) {
    int from = Math.max(a.first(), b.first());
    int to = Math.min(a.last(), b.last());
    int shorter = Math.min(a.last() - a.first(), b.last() - b.first()) + 1;
    return to >= from && (to - from + 1) * 3 > shorter;
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
