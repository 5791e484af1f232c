package io.provscan.detect.license;

import java.util.Arrays;

/**
 * The word ids of ASCII words, looked up straight from the characters of a text: no substring, no
 * lower-case copy, no boxed map key. It holds every known word and every varietal spelling (B.9)
 * that is written in ASCII letters and digits, each with the id of its canonical form, so for an
 * ASCII word it answers exactly what {@code wordIds.id(wordIds.canonical(lower))} answers: a word
 * it does not hold is neither known nor a varietal spelling of a known word, so its id is {@link
 * WordIds#UNKNOWN}. Built once the word ids are complete; read-only afterwards.
 */
final class AsciiWords {
  private final char[] chars;
  private final int[] starts;
  private final int[] ids;
  private final int[] slots;
  private final int mask;

  private AsciiWords(char[] chars, int[] starts, int[] ids, int[] slots) {
    this.chars = chars;
    this.starts = starts;
    this.ids = ids;
    this.slots = slots;
    this.mask = slots.length - 1;
  }

  /** The table of the ASCII words of {@code wordIds}, its varietal spellings included. */
  static AsciiWords of(WordIds wordIds) {
    StringBuilder pool = new StringBuilder();
    int n = wordIds.size() + wordIds.equivalentSpellings().size();
    int[] starts = new int[n + 1];
    int[] ids = new int[n];
    int count = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.List<String> words = new java.util.ArrayList<>(wordIds.words());
    words.addAll(wordIds.equivalentSpellings());
    for (String w : words) {
      int id = wordIds.id(wordIds.canonical(w));
      if (id != WordIds.UNKNOWN && isAsciiWord(w) && seen.add(w)) {
        starts[count] = pool.length();
        ids[count++] = id;
        pool.append(w);
      }
    }
    starts[count] = pool.length();
    char[] chars = pool.toString().toCharArray();
    int[] slots = new int[Integer.highestOneBit(Math.max(4, count) * 3) << 1];
    AsciiWords table =
        new AsciiWords(chars, Arrays.copyOf(starts, count + 1), Arrays.copyOf(ids, count), slots);
    for (int e = 0; e < count; e++) {
      table.insert(e);
    }
    return table;
  }

  /** Lower-case ASCII letters and digits only: what the tokenizer's fast path reads. */
  static boolean isAsciiWord(String w) {
    if (w.isEmpty()) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /** The hash of a word, folded over its lower-case characters one by one (see {@link #step}). */
  static int step(int hash, char lower) {
    return hash * 31 + lower;
  }

  private void insert(int e) {
    int h = 0;
    for (int i = starts[e]; i < starts[e + 1]; i++) {
      h = step(h, chars[i]);
    }
    int s = spread(h) & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = e + 1;
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x45d9f3b;
  }

  /**
   * The id of the ASCII word {@code text[start, end)} (letters and digits, any case) whose
   * lower-case characters hash to {@code hash}.
   */
  int id(String text, int start, int end, int hash) {
    int len = end - start;
    for (int s = spread(hash) & mask; slots[s] != 0; s = (s + 1) & mask) {
      int e = slots[s] - 1;
      if (starts[e + 1] - starts[e] == len && sameWord(text, start, starts[e], len)) {
        return ids[e];
      }
    }
    return WordIds.UNKNOWN;
  }

  /** {@link #id(String, int, int, int)} of a word in a character array. */
  int id(char[] text, int start, int end, int hash) {
    int len = end - start;
    for (int s = spread(hash) & mask; slots[s] != 0; s = (s + 1) & mask) {
      int e = slots[s] - 1;
      if (starts[e + 1] - starts[e] == len && sameWord(text, start, starts[e], len)) {
        return ids[e];
      }
    }
    return WordIds.UNKNOWN;
  }

  private boolean sameWord(char[] text, int start, int at, int len) {
    for (int i = 0; i < len; i++) {
      if (Tokenizer.lowerAscii(text[start + i]) != chars[at + i]) {
        return false;
      }
    }
    return true;
  }

  private boolean sameWord(String text, int start, int at, int len) {
    for (int i = 0; i < len; i++) {
      if (Tokenizer.lowerAscii(text.charAt(start + i)) != chars[at + i]) {
        return false;
      }
    }
    return true;
  }
}
