package io.provscan.detect.pii;

import java.util.Map;

/**
 * The lexicon ({@code lexicon.txt}) as one trie, walked from every place where a term may begin, so
 * that context words, veto words, sensitive-category terms and person words are all found in one
 * pass over the text.
 *
 * <p>The rule of a match: a term matches where the text reads as the term, ASCII case folded on the
 * text's side; an end that is an ASCII letter, digit or underscore must not continue a word on that
 * side (so {@code he} is not found in {@code the} nor in {@code hello}); any other end, a Chinese
 * character for one, needs no boundary. A term therefore begins only at a character that starts
 * some term and, when that is an ASCII word character, not just after another: the trie is walked
 * from those places alone. On ordinary English text that is one walk per word instead of one
 * automaton step per character, and a Chinese character that starts no term costs one bit test.
 * Terms are a few characters long, so each walk is short and the pass stays linear.
 *
 * <p>{@link KeywordTrie} builds the arrays; this class only reads them. Immutable and thread-safe.
 */
final class Keywords {
  private static final int CLASSES = KeywordTrie.CLASSES;
  private static final byte[] CLASS = KeywordTrie.CLASS;

  /** Per ASCII character: {@link #WORD} when an ASCII word character, {@link #START} as below. */
  private final byte[] kind = new byte[128];

  private static final byte WORD = 1;
  private static final byte START = 2; // some term starts with this character

  private final KeywordTrie trie;
  private final int[] ascii;
  private final boolean[] terminal;
  private final long[] roles;
  private final long[] rootStarts;
  private final char[] rootNext;

  /** The trie of {@code terms} (term to its roles, {@link Roles}). */
  Keywords(Map<String, Long> terms) {
    trie = new KeywordTrie(terms);
    ascii = trie.ascii;
    terminal = trie.terminal;
    roles = trie.roles;
    rootStarts = trie.rootStarts;
    rootNext = trie.rootNext;
    for (char c = 0; c < 128; c++) {
      kind[c] = (byte) ((Chars.word(c) ? WORD : 0) | (trie.asciiStarts[c] ? START : 0));
    }
  }

  /** The trie of the bundled lexicon. */
  static Keywords bundled() {
    return new Keywords(Lexicon.bundled());
  }

  /** Every hit of the lexicon in {@code text}, by end offset (see {@link KeywordHits}). */
  KeywordHits find(String text) {
    return find(text.toCharArray());
  }

  /** Every hit of the lexicon in the characters {@code cs}, which are only read. */
  KeywordHits find(char[] cs) {
    KeywordHits hits = new KeywordHits();
    for (int from = 0; from < cs.length; from += Lexer.SEGMENT) {
      find(cs, from, Math.min(cs.length, from + Lexer.SEGMENT), hits);
    }
    hits.sortByEnd();
    return hits;
  }

  /**
   * Walks the trie from each place in {@code [from, to)} where a term may begin (a walk may read
   * past {@code to}). Long texts go in segments so that this loop is compiled as a method rather
   * than only by on-stack replacement.
   */
  private void find(char[] cs, int from, int to, KeywordHits hits) {
    boolean prevWord = from > 0 && isWordChar(cs[from - 1]);
    for (int i = from; i < to; i++) {
      char c = cs[i];
      if (c < 128) {
        int k = kind[c];
        boolean word = (k & WORD) != 0;
        if ((k & START) != 0 && !(word && prevWord)) {
          walk(cs, i, ascii[CLASS[c]], hits);
        }
        prevWord = word;
      } else {
        prevWord = false;
        if ((rootStarts[c >>> 6] & (1L << c)) != 0) {
          walk(cs, i, rootNext[c], hits);
        }
      }
    }
  }

  /** Follows the trie from the child {@code state} of the root taken at {@code begin}. */
  private void walk(char[] cs, int begin, int state, KeywordHits hits) {
    int p = begin;
    while (true) {
      if (terminal[state] && endsWord(cs, p)) {
        hits.add(begin, p + 1, roles[state]);
      }
      if (++p == cs.length) {
        return;
      }
      char c = cs[p];
      state = c < 128 ? ascii[state * CLASSES + CLASS[c]] : trie.child(state, c);
      if (state < 0) {
        return;
      }
    }
  }

  /** A term ending at {@code last} does not continue an ASCII word past it. */
  private static boolean endsWord(char[] cs, int last) {
    return last + 1 >= cs.length || !isWordChar(cs[last]) || !isWordChar(cs[last + 1]);
  }

  private static boolean isWordChar(char c) {
    return c < 128 && Chars.word(c);
  }
}
