package io.provscan.detect.pii;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The trie of the lexicon that {@link Keywords} walks, in flat arrays: ASCII children in a table
 * indexed by state and character class (upper case shares the class of lower case), other children
 * in sorted runs searched by bisection, and per state whether a term ends there and with which
 * roles. Built once per lexicon from the terms in sorted order (each term shares the path of the
 * one before up to their common prefix, so no map is needed); the arrays are then only read.
 *
 * <p>A term that can never match is left out at load: one with an upper-case ASCII letter (text is
 * folded to lower case, terms are not) or an ASCII character outside letters, digits, space, hyphen
 * and apostrophe (the classes below; any other ASCII character ends a match).
 */
final class KeywordTrie {
  /** ASCII character classes: none, a–z, 0–9, space, hyphen, apostrophe. */
  static final int CLASSES = 40;

  /** The class of each ASCII character; upper case shares the class of lower case; 0 is none. */
  static final byte[] CLASS = new byte[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      CLASS[c] = (byte) (1 + c - 'a');
      CLASS[c - 32] = CLASS[c]; // upper case folds to lower
    }
    for (char c = '0'; c <= '9'; c++) {
      CLASS[c] = (byte) (27 + c - '0');
    }
    CLASS[' '] = 37;
    CLASS['-'] = 38;
    CLASS['\''] = 39;
  }

  /** ASCII children: {@code ascii[state * CLASSES + CLASS[c]]}, or -1 (always for class 0). */
  final int[] ascii;

  final char[] keys; // non-ASCII children of all states, sorted per state
  final int[] targets; // the child state of each key
  final int[] firstKey; // per state: index of its first key; its keys end at firstKey[state + 1]
  final boolean[] terminal; // a term ends at this state
  final long[] roles; // the roles of the term ending here
  final boolean[] asciiStarts = new boolean[128]; // some term starts with this ASCII character
  final long[] rootStarts = new long[1024]; // bit per character: some term starts with it
  final char[] rootNext = new char[65536]; // the root's child per non-ASCII character

  private int size = 1;
  private int[] asciiBuild = filled(64 * CLASSES);
  private int edges;
  private int[] edgeParent = new int[64];
  private char[] edgeKey = new char[64];
  private int[] edgeChild = new int[64];
  private boolean[] terminalBuild = new boolean[64];
  private long[] rolesBuild = new long[64];

  /** The trie of {@code terms}, each with its roles; terms that can never match are left out. */
  KeywordTrie(Map<String, Long> terms) {
    insert(new TreeMap<>(terms));
    if (size > Character.MAX_VALUE) {
      throw new IllegalStateException("lexicon too large: " + size + " states");
    }
    ascii = Arrays.copyOf(asciiBuild, size * CLASSES);
    terminal = Arrays.copyOf(terminalBuild, size);
    roles = Arrays.copyOf(rolesBuild, size);
    firstKey = new int[size + 1];
    keys = new char[edges];
    targets = new int[edges];
    sortEdges();
    fillStarts();
  }

  /** True when {@code term} can match some text (see the class comment). */
  static boolean canMatch(String term) {
    if (term.isEmpty()) {
      return false;
    }
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (c < 128 && (CLASS[c] == 0 || Chars.upper(c))) {
        return false;
      }
    }
    return true;
  }

  /** The child of {@code state} by {@code c}, or -1. */
  int child(int state, char c) {
    if (c < 128) {
      return ascii[state * CLASSES + CLASS[c]];
    }
    int lo = firstKey[state];
    int hi = firstKey[state + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char k = keys[mid];
      if (k < c) {
        lo = mid + 1;
      } else if (k > c) {
        hi = mid - 1;
      } else {
        return targets[mid];
      }
    }
    return -1;
  }

  /** Terms in sorted order: each follows the previous one's path up to their common prefix. */
  private void insert(TreeMap<String, Long> sorted) {
    int[] path = new int[16];
    String previous = "";
    for (Map.Entry<String, Long> e : sorted.entrySet()) {
      String term = e.getKey();
      if (!canMatch(term)) {
        continue;
      }
      if (path.length <= term.length()) {
        path = Arrays.copyOf(path, term.length() + 1);
      }
      int d = commonPrefix(previous, term);
      for (; d < term.length(); d++) {
        path[d + 1] = newChild(path[d], term.charAt(d));
      }
      int state = path[term.length()];
      terminalBuild[state] = true;
      rolesBuild[state] = e.getValue();
      previous = term;
    }
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private int newChild(int parent, char c) {
    int state = size++;
    if (state == terminalBuild.length) {
      terminalBuild = Arrays.copyOf(terminalBuild, state * 2);
      rolesBuild = Arrays.copyOf(rolesBuild, state * 2);
      int old = asciiBuild.length;
      asciiBuild = Arrays.copyOf(asciiBuild, old * 2);
      Arrays.fill(asciiBuild, old, asciiBuild.length, -1);
    }
    if (c < 128) {
      asciiBuild[parent * CLASSES + CLASS[c]] = state;
      return state;
    }
    if (edges == edgeParent.length) {
      edgeParent = Arrays.copyOf(edgeParent, edges * 2);
      edgeKey = Arrays.copyOf(edgeKey, edges * 2);
      edgeChild = Arrays.copyOf(edgeChild, edges * 2);
    }
    edgeParent[edges] = parent;
    edgeKey[edges] = c;
    edgeChild[edges++] = state;
    return state;
  }

  /**
   * Non-ASCII edges grouped by parent (a stable counting sort): sorted terms create each parent's
   * children in character order, so each run is sorted already.
   */
  private void sortEdges() {
    for (int e = 0; e < edges; e++) {
      firstKey[edgeParent[e] + 1]++;
    }
    for (int s = 0; s < size; s++) {
      firstKey[s + 1] += firstKey[s];
    }
    int[] fill = Arrays.copyOf(firstKey, size);
    for (int e = 0; e < edges; e++) {
      int k = fill[edgeParent[e]]++;
      keys[k] = edgeKey[e];
      targets[k] = edgeChild[e];
    }
  }

  private void fillStarts() {
    for (char c = 0; c < 128; c++) {
      asciiStarts[c] = ascii[CLASS[c]] >= 0;
    }
    for (int k = firstKey[0]; k < firstKey[1]; k++) {
      char c = keys[k];
      rootStarts[c >>> 6] |= 1L << c;
      rootNext[c] = (char) targets[k];
    }
  }

  private static int[] filled(int length) {
    int[] a = new int[length];
    Arrays.fill(a, -1);
    return a;
  }
}
