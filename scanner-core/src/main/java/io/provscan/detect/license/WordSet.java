package io.provscan.detect.license;

import java.util.Arrays;

/**
 * The distinct known words of a text, as a bit per word id and a list: what the candidate bound
 * ({@link CandidateBound}) and the own entries' phrase test read. One per text, never shared.
 */
final class WordSet {
  private final long[] bits;
  private int[] distinct = new int[64];
  private int size;

  /** An empty set of word ids up to {@code maxId}. */
  WordSet(int maxId) {
    bits = new long[(maxId >>> 6) + 1];
  }

  /** The known words of {@code tokens}; {@code maxId} is the largest word id there is. */
  static WordSet of(Tokens tokens, int maxId) {
    WordSet s = new WordSet(maxId);
    for (int i = 0; i < tokens.size; i++) {
      s.add(tokens.ids[i]);
    }
    return s;
  }

  /** Adds a word id; {@link WordIds#UNKNOWN} is left out. */
  void add(int id) {
    long bit = 1L << id;
    if (id == WordIds.UNKNOWN || (bits[id >>> 6] & bit) != 0) {
      return;
    }
    bits[id >>> 6] |= bit;
    if (size == distinct.length) {
      distinct = Arrays.copyOf(distinct, size * 2);
    }
    distinct[size++] = id;
  }

  /** True when the text has word {@code id}. */
  boolean has(int id) {
    return (bits[id >>> 6] & (1L << id)) != 0;
  }

  /** True when the text has every word of {@code ids}. */
  boolean hasAll(int[] ids) {
    for (int id : ids) {
      if (!has(id)) {
        return false;
      }
    }
    return true;
  }

  /** Distinct words. */
  int size() {
    return size;
  }

  /** The {@code i}-th distinct word, in order of first occurrence. */
  int get(int i) {
    return distinct[i];
  }
}
