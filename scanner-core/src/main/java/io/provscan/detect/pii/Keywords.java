package io.provscan.detect.pii;

import java.util.Map;

/**
 * The lexicon ({@code lexicon.txt}) compiled into one Aho–Corasick automaton, so that context
 * words, veto words, sensitive-category terms and person words are all found in one linear pass
 * over the text, whatever the number of terms.
 *
 * <p>Written here rather than taken from a library, for three things the libraries lack and the
 * measurements asked for: (1) a root-skip bit set, so that a Chinese character that starts no term
 * costs one bit test (most of a Chinese text; hankcs' double-array trie, the fastest Java
 * implementation measured, reads its large arrays for every character); (2) English terms never
 * start inside a word, so {@code he} is not even tried inside {@code the}; (3) ASCII case folded in
 * the loop, offsets kept. The profile of {@code bench/PiiBench.java} showed the hankcs pass at half
 * of the detector's time; this one is a fraction of it.
 *
 * <p>{@link KeywordTrie} builds the arrays; this class only runs them. Immutable and thread-safe
 * once built.
 */
final class Keywords {
  private static final int CLASSES = KeywordTrie.CLASSES;
  private static final byte[] CLASS = KeywordTrie.CLASS;

  private final char[] keys;
  private final int[] targets;
  private final int[] firstKey;
  private final int[] fail;
  private final int[][] outLengths;
  private final long[][] outRoles;
  private final long[] rootStarts;
  private final char[] rootNext;
  private final int[] dfa;
  private final int[] depth;
  private final boolean[] emits;

  /** The automaton of {@code terms} (term to its roles, {@link Roles}). */
  Keywords(Map<String, Long> terms) {
    KeywordTrie trie = new KeywordTrie(terms);
    keys = trie.keys;
    targets = trie.targets;
    firstKey = trie.firstKey;
    fail = trie.fail;
    outLengths = trie.outLengths;
    outRoles = trie.outRoles;
    rootStarts = trie.rootStarts;
    rootNext = trie.rootNext;
    dfa = trie.dfa;
    depth = trie.depth;
    emits = trie.emits;
  }

  /** The automaton of the bundled lexicon. */
  static Keywords bundled() {
    return new Keywords(Lexicon.bundled());
  }

  /** Every hit of the lexicon in {@code text}, whole words for English terms, by end offset. */
  KeywordHits find(String text) {
    return find(text.toCharArray());
  }

  /** Every hit of the lexicon in the characters {@code cs}, which are only read. */
  KeywordHits find(char[] cs) {
    KeywordHits hits = new KeywordHits();
    long state = 0; // automaton state in the low 32 bits, "previous char was a word char" above
    for (int from = 0; from < cs.length; from += Lexer.SEGMENT) {
      state = find(cs, from, Math.min(cs.length, from + Lexer.SEGMENT), state, hits);
    }
    return hits;
  }

  /**
   * Runs the automaton over {@code [from, to)} from a carried state; long texts go in segments so
   * that this loop is compiled as a method rather than only by on-stack replacement.
   */
  private long find(char[] cs, int from, int to, long carried, KeywordHits hits) {
    int state = (int) carried;
    boolean prevWord = carried < 0;
    for (int i = from; i < to; i++) {
      char c = cs[i];
      if (c < 128) {
        boolean word = Chars.word(c);
        int next = dfa[state * CLASSES + CLASS[c]];
        if (word && prevWord && depth[next] == 1) {
          next = 0; // no term begins inside an English word
        }
        state = next;
        prevWord = word;
      } else {
        prevWord = false;
        if (state == 0) {
          if ((rootStarts[c >>> 6] & (1L << c)) == 0) {
            continue; // the root skip: no term starts with this character
          }
          state = rootNext[c];
          if (emits[state]) {
            emit(cs, i + 1, state, hits);
          }
          continue;
        }
        int next;
        while ((next = KeywordTrie.child(keys, targets, firstKey, state, c)) < 0 && state != 0) {
          state = fail[state];
        }
        state = Math.max(next, 0);
      }
      if (emits[state]) {
        emit(cs, i + 1, state, hits);
      }
    }
    return prevWord ? state | Long.MIN_VALUE : state;
  }

  private void emit(char[] cs, int end, int state, KeywordHits hits) {
    int[] lengths = outLengths[state];
    for (int k = lengths.length - 1; k >= 0; k--) { // shortest first: hits stay sorted by begin too
      int begin = end - lengths[k];
      if (wholeWord(cs, begin, end)) {
        hits.add(begin, end, outRoles[state][k]);
      }
    }
  }

  /** An ASCII term must not continue a word on either side; other scripts need no boundary. */
  static boolean wholeWord(char[] cs, int begin, int end) {
    if (begin > 0 && isWordChar(cs[begin]) && isWordChar(cs[begin - 1])) {
      return false;
    }
    return !(end < cs.length && isWordChar(cs[end - 1]) && isWordChar(cs[end]));
  }

  private static boolean isWordChar(char c) {
    return c < 128 && Chars.word(c);
  }
}
