package io.provscan.detect.pii;

import java.util.Set;

/**
 * A set of short words (one to {@value #MAX_LENGTH} characters, none of them U+0000) looked up in
 * place in a text, with no substring: each word, and each of its prefixes, is packed into a {@code
 * long} (sixteen bits a character, left-aligned) and kept in an open-addressing table that says
 * whether the key is a word, the start of a longer one, or both. A bit per character says which
 * characters start a word, so most positions are dismissed by one array read (an array, not a
 * {@code BitSet}, whose checked {@code get} the fast compiler does not inline), and a walk along
 * the text stops at the first prefix no word has. The name finders ask this at every Chinese
 * character; a {@code HashSet} of substrings allocated a string per question and took most of their
 * time. Immutable.
 */
final class PackedWords {
  /** Longest word a set holds, in UTF-16 characters: {@value}. */
  static final int MAX_LENGTH = 4;

  private static final byte WORD = 1;
  private static final byte PREFIX = 2;

  private final boolean[] first = new boolean[Character.MAX_VALUE + 1];
  private final long[] keys;
  private final byte[] kinds;
  private final int mask;

  PackedWords(Set<String> words) {
    int size = Integer.highestOneBit(Math.max(8, words.size() * MAX_LENGTH * 2) - 1) << 1;
    this.keys = new long[size];
    this.kinds = new byte[size];
    this.mask = size - 1;
    for (String w : words) {
      if (w.isEmpty() || w.length() > MAX_LENGTH || w.indexOf('\0') >= 0) {
        throw new IllegalArgumentException(
            "word '" + w + "' is not 1 to " + MAX_LENGTH + " characters without U+0000");
      }
      first[w.charAt(0)] = true;
      long key = 0;
      for (int k = 0; k < w.length(); k++) {
        key = add(key, w.charAt(k), k);
        put(key, k == w.length() - 1 ? WORD : PREFIX);
      }
    }
  }

  /** True when some word starts with {@code c}. */
  boolean starts(char c) {
    return first[c];
  }

  /** True when {@code text[from, from + length)} is a word of the set. */
  boolean contains(CharSequence text, int from, int length) {
    return longestAt(text, from, length) == length;
  }

  /** Length of the longest word at {@code from} no longer than {@code max}, or 0. */
  int longestAt(CharSequence text, int from, int max) {
    if (from < 0 || from >= text.length() || !first[text.charAt(from)]) {
      return 0;
    }
    int found = 0;
    long key = 0;
    int end = Math.min(text.length(), from + Math.min(max, MAX_LENGTH));
    for (int k = from; k < end; k++) {
      key = add(key, text.charAt(k), k - from);
      byte kind = kind(key);
      if ((kind & WORD) != 0) {
        found = k - from + 1;
      }
      if ((kind & PREFIX) == 0) {
        break;
      }
    }
    return found;
  }

  private static long add(long key, char c, int index) {
    return key | (long) c << (16 * (MAX_LENGTH - 1 - index));
  }

  private void put(long key, byte kind) {
    int slot = slot(key);
    while (kinds[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    kinds[slot] |= kind;
  }

  private byte kind(long key) {
    for (int slot = slot(key); kinds[slot] != 0; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return kinds[slot];
      }
    }
    return 0;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }
}
