package io.provscan.detect.pii;

import java.util.Set;

/**
 * A set of words asked about a region of a text without cutting it out: the region's hash is
 * computed in place (the formula of {@link String#hashCode}) and probed in an open-addressing
 * table, and only a probe that lands on a word compares characters. The English name finder asks at
 * every capitalised word, most of which are not names; a substring per question was most of its
 * cost. Immutable.
 */
final class TokenSet {
  private final String[] table;
  private final int mask;

  TokenSet(Set<String> words) {
    int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
    this.table = new String[size];
    this.mask = size - 1;
    for (String w : words) {
      int slot = w.hashCode() & mask;
      while (table[slot] != null) {
        slot = (slot + 1) & mask;
      }
      table[slot] = w;
    }
  }

  /** True when {@code text[from, to)} is a word of the set. */
  boolean contains(CharSequence text, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + text.charAt(k);
    }
    for (int slot = h & mask; table[slot] != null; slot = (slot + 1) & mask) {
      String w = table[slot];
      if (w.length() == to - from && w.hashCode() == h && same(w, text, from)) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(String w, CharSequence text, int from) {
    for (int k = 0; k < w.length(); k++) {
      if (w.charAt(k) != text.charAt(from + k)) {
        return false;
      }
    }
    return true;
  }
}
