package io.provscan.detect.license;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The fast candidate step: an inverted index from word trigrams (three consecutive required words
 * of a template) to the templates that contain them. A text's trigrams are looked up once; the
 * share of a template's trigrams found in the text (its containment) ranks the candidates worth the
 * exact alignment. Arrays only: about 12 bytes per (trigram, template) pair.
 */
final class ShingleIndex {
  private final long[] keys;
  private final int[] offsets;
  private final int[] postings;
  private final int[] counts;

  private ShingleIndex(long[] keys, int[] offsets, int[] postings, int[] counts) {
    this.keys = keys;
    this.offsets = offsets;
    this.postings = postings;
    this.counts = counts;
  }

  /**
   * A trigram in more templates than this ("of the license", "in the software") tells them apart
   * too little to pay for its postings; it is left out of the index and of the counts: {@value}.
   */
  static final int MAX_POSTINGS = 400;

  /** Bits of a word id: the word ids stay below 2^17 words. */
  static final int ID_BITS = 17;

  /** Bits of a template index in a sort key: below 2^12 templates. */
  static final int TEMPLATE_BITS = 12;

  /** Three word ids packed into 51 bits, without collisions. */
  static long key(int a, int b, int c) {
    return ((long) a << (2 * ID_BITS)) | ((long) b << ID_BITS) | c;
  }

  /** Indexes the required words of each template (by position in the list). */
  static ShingleIndex build(List<int[]> requiredIds, int distinctWords) {
    if (distinctWords >= 1 << ID_BITS || requiredIds.size() >= 1 << TEMPLATE_BITS) {
      throw new IllegalStateException(
          "the catalogue outgrew the shingle index: "
              + distinctWords
              + " words, "
              + requiredIds.size()
              + " templates");
    }
    int[] counts = new int[requiredIds.size()];
    long[] packed = packedKeys(requiredIds, counts);
    Arrays.sort(packed); // by key, then template
    return fromSorted(packed, counts);
  }

  /**
   * Every distinct trigram key of every template, packed above the template's index; {@code counts}
   * receives each template's number of distinct trigrams.
   */
  private static long[] packedKeys(List<int[]> requiredIds, int[] counts) {
    List<long[]> perTemplate = new ArrayList<>();
    int n = 0;
    for (int t = 0; t < requiredIds.size(); t++) {
      long[] distinct = distinctKeys(requiredIds.get(t));
      perTemplate.add(distinct);
      counts[t] = distinct.length;
      n += distinct.length;
    }
    long[] packed = new long[n];
    int k = 0;
    for (int t = 0; t < perTemplate.size(); t++) {
      for (long key : perTemplate.get(t)) {
        packed[k++] = (key << TEMPLATE_BITS) | t;
      }
    }
    return packed;
  }

  /**
   * The index of sorted packed keys: one posting list per key, leaving out (and uncounting) keys in
   * more than {@value #MAX_POSTINGS} templates.
   */
  private static ShingleIndex fromSorted(long[] packed, int[] counts) {
    int n = packed.length;
    long[] keys = new long[n];
    int[] offsets = new int[n + 1];
    int[] postings = new int[n];
    int distinct = 0;
    int p = 0;
    for (int i = 0; i < n; ) {
      long key = packed[i] >>> TEMPLATE_BITS;
      int j = i;
      while (j < n && packed[j] >>> TEMPLATE_BITS == key) {
        j++;
      }
      if (j - i > MAX_POSTINGS) {
        for (int x = i; x < j; x++) {
          counts[templateOf(packed[x])]--;
        }
      } else {
        keys[distinct] = key;
        offsets[distinct++] = p;
        for (int x = i; x < j; x++) {
          postings[p++] = templateOf(packed[x]);
        }
      }
      i = j;
    }
    offsets[distinct] = p;
    return new ShingleIndex(
        Arrays.copyOf(keys, distinct),
        Arrays.copyOf(offsets, distinct + 1),
        Arrays.copyOf(postings, p),
        counts);
  }

  private static int templateOf(long packed) {
    return (int) (packed & ((1 << TEMPLATE_BITS) - 1));
  }

  /** Writes the index (see {@link CompiledTemplates}). */
  void write(java.io.DataOutputStream o) throws java.io.IOException {
    CompiledTemplates.longs(o, keys);
    CompiledTemplates.ints(o, offsets);
    CompiledTemplates.ints(o, postings);
    CompiledTemplates.ints(o, counts);
  }

  /** Reads an index written by {@link #write}. */
  static ShingleIndex read(java.nio.ByteBuffer b) {
    return new ShingleIndex(
        CompiledTemplates.longs(b),
        CompiledTemplates.ints(b),
        CompiledTemplates.ints(b),
        CompiledTemplates.ints(b));
  }

  private static long[] distinctKeys(int[] ids) {
    if (ids.length < 3) {
      return new long[0];
    }
    long[] k = new long[ids.length - 2];
    for (int i = 0; i + 2 < ids.length; i++) {
      k[i] = key(ids[i], ids[i + 1], ids[i + 2]);
    }
    return Arrays.stream(k).sorted().distinct().toArray();
  }

  /** Distinct trigrams of template {@code t}. */
  int count(int t) {
    return counts[t];
  }

  /**
   * The key index of the trigram starting at each position of {@code tokens}, or -1 where no
   * template has it.
   */
  int[] lookup(Tokens tokens) {
    int[] at = new int[Math.max(0, tokens.size)];
    Arrays.fill(at, -1);
    int[] ids = tokens.ids;
    for (int i = 0; i + 2 < tokens.size; i++) {
      if (ids[i] != 0 && ids[i + 1] != 0 && ids[i + 2] != 0) {
        int found = Arrays.binarySearch(keys, key(ids[i], ids[i + 1], ids[i + 2]));
        at[i] = found >= 0 ? found : -1;
      }
    }
    return at;
  }

  /** Distinct trigrams of each template found in the text, counted from {@link #lookup}. */
  int[] hits(int[] keyAt) {
    int[] hits = new int[counts.length];
    BitSet seen = new BitSet(keys.length);
    for (int key : keyAt) {
      if (key >= 0 && !seen.get(key)) {
        seen.set(key);
        for (int p = offsets[key]; p < offsets[key + 1]; p++) {
          hits[postings[p]]++;
        }
      }
    }
    return hits;
  }

  /** Distinct trigrams indexed. */
  int keyCount() {
    return keys.length;
  }

  /** The trigram of a key index, as packed by {@link #key}. */
  long keyAt(int key) {
    return keys[key];
  }

  /** Templates indexed. */
  int templates() {
    return counts.length;
  }

  /** The word of a packed trigram at place 0, 1 or 2. */
  static int word(long key, int place) {
    return (int) (key >>> ((2 - place) * ID_BITS)) & ((1 << ID_BITS) - 1);
  }

  /** Where the postings of a key index start. */
  int postingsFrom(int key) {
    return offsets[key];
  }

  /** Where the postings of a key index end (exclusive). */
  int postingsTo(int key) {
    return offsets[key + 1];
  }

  /** The template of posting {@code p}. */
  int posting(int p) {
    return postings[p];
  }
}
