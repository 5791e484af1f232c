package io.provscan.extract;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.UniformPrior;

/**
 * OpenNLP's language model looked up by n-gram without making a string of each: the model's 1- to
 * 3-character features are packed into {@code long} keys of an open-addressing table, and a text's
 * distinct n-grams are summed straight into the outcomes. The model asked this way gives the same
 * probabilities as {@code GISModel#eval} up to the order in which the features are added (OpenNLP
 * adds them in the order of a hash map of strings, this in the order they occur), so they can
 * differ in the last bits; the language named stays the same ({@code NGramModelTest} compares it
 * with OpenNLP's detector). Cutting each n-gram as a string and putting it in two hash maps was
 * half the cost of a record's language guess. Immutable, so shared by every worker.
 */
final class NGramModel {
  /** Longest feature looked up, in characters: {@value} (the model's n-gram length). */
  static final int MAX_N = 3;

  private final long[] keys;
  private final Context[] contexts;
  private final int mask;
  private final int outcomes;
  private final UniformPrior prior = new UniformPrior();

  @SuppressWarnings("unchecked")
  NGramModel(AbstractModel model) {
    Object[] parts = model.getDataStructures();
    Map<String, Context> features = (Map<String, Context>) parts[1];
    String[] outcomeNames = (String[]) parts[2];
    outcomes = outcomeNames.length;
    prior.setLabels(outcomeNames, null);
    int capacity = Integer.highestOneBit(Math.max(16, features.size() * 2 - 1)) << 1;
    keys = new long[capacity];
    contexts = new Context[capacity];
    mask = capacity - 1;
    for (Map.Entry<String, Context> feature : features.entrySet()) {
      String gram = feature.getKey();
      if (!gram.isEmpty() && gram.length() <= MAX_N) {
        put(key(gram, 0, gram.length()), feature.getValue());
      }
    }
  }

  /**
   * The probability of each outcome (indexed as the model's outcomes) for the distinct 1- to
   * 3-grams of {@code lower}, a text already normalised and lower-cased as {@link NGramFeatures}
   * does.
   */
  double[] eval(String lower) {
    double[] sums = new double[outcomes];
    prior.logPrior(sums, (Context[]) null, null);
    int length = lower.length();
    long[] seen = new long[Integer.highestOneBit(Math.max(8, length * MAX_N)) << 2];
    for (int n = 1; n <= MAX_N; n++) {
      for (int i = 0; i + n <= length; i++) {
        long key = key(lower, i, i + n);
        if (firstTime(seen, key)) {
          add(get(key), sums);
        }
      }
    }
    double normal = 0.0;
    for (int o = 0; o < outcomes; o++) {
      sums[o] = StrictMath.exp(sums[o]);
      normal += sums[o];
    }
    for (int o = 0; o < outcomes; o++) {
      sums[o] /= normal;
    }
    return sums;
  }

  /** As {@code ArrayMath#sumFeatures} with a value of 1. */
  private static void add(Context context, double[] sums) {
    if (context == null) {
      return;
    }
    int[] to = context.getOutcomes();
    double[] parameters = context.getParameters();
    for (int j = 0; j < to.length; j++) {
      sums[to[j]] += parameters[j];
    }
  }

  /** Up to three chars, 16 bits each, above a length tag: never 0, never two grams alike. */
  private static long key(CharSequence text, int start, int end) {
    long key = end - start;
    for (int i = start; i < end; i++) {
      key = (key << 16) | text.charAt(i);
    }
    return key;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }

  private void put(long key, Context context) {
    int i = slot(key, mask);
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    contexts[i] = context;
  }

  private Context get(long key) {
    int i = slot(key, mask);
    while (keys[i] != 0) {
      if (keys[i] == key) {
        return contexts[i];
      }
      i = (i + 1) & mask;
    }
    return null;
  }

  /** Adds {@code key} to the open-addressing set {@code seen}; false when it was there. */
  private static boolean firstTime(long[] seen, long key) {
    int m = seen.length - 1;
    int i = slot(key, m);
    while (seen[i] != 0) {
      if (seen[i] == key) {
        return false;
      }
      i = (i + 1) & m;
    }
    seen[i] = key;
    return true;
  }
}
