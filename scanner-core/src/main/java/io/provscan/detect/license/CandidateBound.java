package io.provscan.detect.license;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A provable upper bound on what the shingle index can find in a text, from the text's words alone
 * (no trigram looked up): when no template can become a candidate, the full-text search is skipped.
 *
 * <p>Why it is safe. {@link TextMatcher} makes template {@code t} a candidate only when {@code
 * hits(t) >= 3} and {@code hits(t) >= minContainment(t) * count(t)}, where {@code hits(t)} counts
 * the distinct indexed trigrams of {@code t} found in the text. A trigram is found only where its
 * three words stand in a row, so {@code hits(t)} is at most the number of the template's indexed
 * trigrams whose three words are all among the text's words ({@link #exact}). Counting that for
 * every template would cost more than it saves, so a cheaper bound comes first: each trigram is
 * filed under one of its words (its rarest in the catalogue, the one a text most likely lacks), and
 * a trigram can be found only if the text has that word; so the trigrams of {@code t} filed under
 * the words the text has, summed, are again at least {@code hits(t)} ({@link #mayMatch}). A
 * template either bound rules out ({@code < 3}, or below the containment) cannot be a candidate, so
 * leaving it out changes no finding.
 */
final class CandidateBound {
  private final ShingleIndex index;
  private final int[] wordFrom;
  private final int[] postTemplate;
  private final int[] postCount;
  private final long[][] trigrams;
  private final double[] minContainment;
  private final ThreadLocal<Scratch> scratch;

  private CandidateBound(
      ShingleIndex index,
      int[] wordFrom,
      int[] postTemplate,
      int[] postCount,
      long[][] trigrams,
      double[] minContainment) {
    this.index = index;
    this.minContainment = minContainment;
    this.wordFrom = wordFrom;
    this.postTemplate = postTemplate;
    this.postCount = postCount;
    this.trigrams = trigrams;
    int templates = trigrams.length;
    this.scratch =
        ThreadLocal.withInitial(() -> new Scratch(new int[templates], new int[templates]));
  }

  /**
   * The bound over the trigrams of {@code index}; word ids are at most {@code maxId}; {@code
   * minContainment} is each template's least share of trigrams for a candidate.
   */
  static CandidateBound of(ShingleIndex index, int maxId, double[] minContainment) {
    long[][] trigrams = trigramsByTemplate(index);
    int[] templatesOf = templatesOf(trigrams, maxId);
    // (word, template, trigrams of the template filed under the word)
    List<long[]> postings = new ArrayList<>();
    int[] perWord = new int[maxId + 1];
    int[] filed = new int[maxId + 1];
    for (int t = 0; t < trigrams.length; t++) {
      List<Integer> words = new ArrayList<>();
      for (long key : trigrams[t]) {
        int w = rarest(key, templatesOf);
        if (filed[w]++ == 0) {
          words.add(w);
        }
      }
      for (int w : words) {
        postings.add(new long[] {w, t, filed[w]});
        perWord[w]++;
        filed[w] = 0;
      }
    }
    postings.sort((x, y) -> Long.compare(x[0], y[0]));
    int[] wordFrom = new int[maxId + 2];
    for (int w = 0; w <= maxId; w++) {
      wordFrom[w + 1] = wordFrom[w] + perWord[w];
    }
    int[] postTemplate = new int[postings.size()];
    int[] postCount = new int[postings.size()];
    for (int p = 0; p < postings.size(); p++) {
      postTemplate[p] = (int) postings.get(p)[1];
      postCount[p] = (int) postings.get(p)[2];
    }
    return new CandidateBound(index, wordFrom, postTemplate, postCount, trigrams, minContainment);
  }

  /** The word of a trigram in the fewest templates (the smaller id on a tie). */
  private static int rarest(long key, int[] templatesOf) {
    int best = ShingleIndex.word(key, 0);
    for (int place = 1; place < 3; place++) {
      int w = ShingleIndex.word(key, place);
      if (templatesOf[w] < templatesOf[best] || (templatesOf[w] == templatesOf[best] && w < best)) {
        best = w;
      }
    }
    return best;
  }

  /** Each template's indexed trigrams, from the index's postings. */
  private static long[][] trigramsByTemplate(ShingleIndex index) {
    int templates = index.templates();
    long[][] out = new long[templates][];
    int[] size = new int[templates];
    for (int t = 0; t < templates; t++) {
      out[t] = new long[index.count(t)];
    }
    for (int k = 0; k < index.keyCount(); k++) {
      for (int p = index.postingsFrom(k); p < index.postingsTo(k); p++) {
        int t = index.posting(p);
        out[t][size[t]++] = index.keyAt(k);
      }
    }
    return out;
  }

  /** For each word, the number of templates with it in an indexed trigram. */
  private static int[] templatesOf(long[][] trigrams, int maxId) {
    int[] templatesOf = new int[maxId + 1];
    int[] lastTemplate = new int[maxId + 1];
    Arrays.fill(lastTemplate, -1);
    for (int t = 0; t < trigrams.length; t++) {
      for (long key : trigrams[t]) {
        for (int place = 0; place < 3; place++) {
          int w = ShingleIndex.word(key, place);
          if (lastTemplate[w] != t) {
            lastTemplate[w] = t;
            templatesOf[w]++;
          }
        }
      }
    }
    return templatesOf;
  }

  /**
   * False only when no template can be a candidate of a text with these words. Only the templates
   * the text's words touch are summed and tested (a template untouched has no hit), in a scratch
   * array of the thread's, so a short text costs its own words and not a pass over every template.
   */
  boolean mayMatch(WordSet words) {
    Scratch scratch = this.scratch.get();
    int[] sum = scratch.sum;
    int[] touched = scratch.touched;
    int n = 0;
    for (int i = 0; i < words.size(); i++) {
      int w = words.get(i);
      if (w + 1 < wordFrom.length) {
        for (int p = wordFrom[w]; p < wordFrom[w + 1]; p++) {
          int t = postTemplate[p];
          if (sum[t] == 0) {
            touched[n++] = t;
          }
          sum[t] += postCount[p];
        }
      }
    }
    boolean may = false;
    for (int i = 0; i < n; i++) {
      int t = touched[i];
      may = may || (passes(sum[t], t) && passes(exact(t, words), t));
      sum[t] = 0;
    }
    return may;
  }

  /** Per-thread sums by template, all zero between calls, and the templates touched. */
  private record Scratch(int[] sum, int[] touched) {}

  /** The template's indexed trigrams whose three words the text has. */
  private int exact(int t, WordSet words) {
    int n = 0;
    for (long key : trigrams[t]) {
      boolean all =
          words.has(ShingleIndex.word(key, 0))
              && words.has(ShingleIndex.word(key, 1))
              && words.has(ShingleIndex.word(key, 2));
      n += all ? 1 : 0;
    }
    return n;
  }

  /** {@link TextMatcher}'s candidate test, for a number of hits. */
  private boolean passes(int hits, int t) {
    return hits >= 3 && hits >= minContainment[t] * index.count(t);
  }
}
