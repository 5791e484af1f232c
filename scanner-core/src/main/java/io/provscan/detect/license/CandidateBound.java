package io.provscan.detect.license;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A provable upper bound on what the shingle index can find in a text, from the text's words alone
 * (no trigram looked up): when no template can become a candidate, the full-text search is skipped.
 *
 * <p>Why it is safe. {@link TextMatcher} makes template {@code t} a candidate only when {@code
 * hits(t) >= 3} and {@code hits(t) >= MIN_CONTAINMENT * count(t)}, where {@code hits(t)} counts the
 * distinct indexed trigrams of {@code t} found in the text. A trigram is found only where its three
 * words stand in a row, so {@code hits(t)} is at most the number of the template's indexed trigrams
 * whose three words are all among the text's words ({@link #exact}). That is still costly for a big
 * template, so a cheaper bound comes first: a trigram made of common words only (words in more than
 * {@value #COMMON} templates: "the", "of", "any") is counted as found whatever the text ({@code
 * commonOnly}); every other trigram holds an uncommon word, and can be found only if that word is
 * in the text, so the trigrams of {@code t} holding a given uncommon word, summed over the uncommon
 * words the text has, plus {@code commonOnly(t)}, is again at least {@code hits(t)} ({@link #sum}).
 * A template either bound rules out ({@code < 3} or below the containment) cannot be a candidate,
 * so leaving it out changes no finding. A template whose common-only trigrams alone pass keeps the
 * search open for every text.
 */
final class CandidateBound {
  /** A word in the indexed trigrams of more templates than this is common: {@value}. */
  static final int COMMON = 40;

  private final ShingleIndex index;
  private final boolean[] common;
  private final int[] wordFrom;
  private final int[] postTemplate;
  private final int[] postCount;
  private final int[] commonOnly;
  private final long[][] trigrams;
  private final boolean alwaysOpen;

  private CandidateBound(
      ShingleIndex index,
      boolean[] common,
      int[] wordFrom,
      int[] postTemplate,
      int[] postCount,
      int[] commonOnly,
      long[][] trigrams) {
    this.index = index;
    this.common = common;
    this.wordFrom = wordFrom;
    this.postTemplate = postTemplate;
    this.postCount = postCount;
    this.commonOnly = commonOnly;
    this.trigrams = trigrams;
    boolean open = false;
    for (int t = 0; t < commonOnly.length; t++) {
      open |= passes(commonOnly[t], t);
    }
    this.alwaysOpen = open;
  }

  /** The bound over the trigrams of {@code index}; word ids are at most {@code maxId}. */
  static CandidateBound of(ShingleIndex index, int maxId) {
    long[][] trigrams = trigramsByTemplate(index);
    boolean[] common = commonWords(trigrams, maxId);
    int templates = trigrams.length;
    int[] commonOnly = new int[templates];
    // (word, template, trigrams of the template holding the word), for uncommon words
    List<long[]> postings = new ArrayList<>();
    int[] perWord = new int[maxId + 1];
    for (int t = 0; t < templates; t++) {
      java.util.Map<Integer, Integer> inTemplate = new java.util.HashMap<>();
      for (long key : trigrams[t]) {
        int a = ShingleIndex.word(key, 0);
        int b = ShingleIndex.word(key, 1);
        int c = ShingleIndex.word(key, 2);
        if (common[a] && common[b] && common[c]) {
          commonOnly[t]++;
          continue;
        }
        // each distinct uncommon word of the trigram, once
        countIf(!common[a], a, inTemplate);
        countIf(!common[b] && b != a, b, inTemplate);
        countIf(!common[c] && c != a && c != b, c, inTemplate);
      }
      for (var e : inTemplate.entrySet()) {
        postings.add(new long[] {e.getKey(), t, e.getValue()});
        perWord[e.getKey()]++;
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
    return new CandidateBound(
        index, common, wordFrom, postTemplate, postCount, commonOnly, trigrams);
  }

  private static void countIf(boolean yes, int word, java.util.Map<Integer, Integer> counts) {
    if (yes) {
      counts.merge(word, 1, Integer::sum);
    }
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

  /** Words in the trigrams of more than {@value #COMMON} templates. */
  private static boolean[] commonWords(long[][] trigrams, int maxId) {
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
    boolean[] common = new boolean[maxId + 1];
    for (int w = 0; w <= maxId; w++) {
      common[w] = templatesOf[w] > COMMON;
    }
    return common;
  }

  /** False only when no template can be a candidate of a text with these words. */
  boolean mayMatch(WordSet words) {
    if (alwaysOpen) {
      return true;
    }
    int[] sum = commonOnly.clone();
    for (int i = 0; i < words.size(); i++) {
      int w = words.get(i);
      if (w < common.length && !common[w]) {
        for (int p = wordFrom[w]; p < wordFrom[w + 1]; p++) {
          sum[postTemplate[p]] += postCount[p];
        }
      }
    }
    for (int t = 0; t < sum.length; t++) {
      if (passes(sum[t], t) && passes(exact(t, words), t)) {
        return true;
      }
    }
    return false;
  }

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
    return hits >= 3 && hits >= TextMatcher.MIN_CONTAINMENT * index.count(t);
  }
}
