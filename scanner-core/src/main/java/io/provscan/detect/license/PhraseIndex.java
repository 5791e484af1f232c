package io.provscan.detect.license;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds many short phrases in one pass over a text's words: each phrase is filed under its first
 * two words, so a text is read once and only phrases that start where it stands are compared.
 * Phrases are compared as words, so wrapping, Markdown, quotes, CRLF and a BOM do not matter.
 */
final class PhraseIndex {
  private final List<int[]> phrases = new ArrayList<>();
  private final Map<Long, List<Integer>> byStart = new HashMap<>();

  /** Adds a phrase; returns its number, or -1 when it has fewer than two words. */
  int add(String phrase, Tokenizer adding) {
    Tokens t = adding.tokenize(phrase);
    if (t.size < 2) {
      return -1;
    }
    int[] ids = java.util.Arrays.copyOf(t.ids, t.size);
    phrases.add(ids);
    int n = phrases.size() - 1;
    byStart.computeIfAbsent(key(ids[0], ids[1]), x -> new ArrayList<>()).add(n);
    return n;
  }

  private static long key(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
  }

  /** The index of the first word of each phrase's first occurrence, or -1 when absent. */
  int[] find(Tokens text) {
    int[] first = new int[phrases.size()];
    java.util.Arrays.fill(first, -1);
    int[] ids = text.ids;
    for (int i = 0; i + 1 < text.size; i++) {
      if (ids[i] == WordIds.UNKNOWN) {
        continue;
      }
      List<Integer> starting = byStart.get(key(ids[i], ids[i + 1]));
      if (starting == null) {
        continue;
      }
      for (int p : starting) {
        if (first[p] < 0 && matchesAt(phrases.get(p), ids, i, text.size)) {
          first[p] = i;
        }
      }
    }
    return first;
  }

  /** The word ids of phrase {@code p} (not to be changed). */
  int[] words(int p) {
    return phrases.get(p);
  }

  /** Words in phrase {@code p}. */
  int length(int p) {
    return phrases.get(p).length;
  }

  private static boolean matchesAt(int[] phrase, int[] ids, int at, int size) {
    if (at + phrase.length > size) {
      return false;
    }
    for (int j = 2; j < phrase.length; j++) {
      if (ids[at + j] != phrase[j]) {
        return false;
      }
    }
    return true;
  }
}
