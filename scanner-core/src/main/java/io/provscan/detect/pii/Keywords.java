package io.provscan.detect.pii;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * <p>Immutable and thread-safe once built.
 */
final class Keywords {
  private final char[] keys; // children of all nodes, sorted per node
  private final int[] targets; // the child node of each key
  private final int[] firstKey; // per node: index of its first key; keys up to firstKey[node+1]
  private final int[] fail;
  private final int[][] outLengths; // per node: lengths of the terms ending here (fail chain too)
  private final long[][] outRoles;
  private final long[] rootStarts = new long[1024]; // bit per char: some term starts with it
  private final char[] rootNext =
      new char[65536]; // the root's child per character (states < 65536)
  private final int[] dfa; // ASCII transitions, failure links folded in: state * CLASSES + class
  private final int[] depth;
  private final boolean[] emits;

  /** ASCII character classes: other, a–z, 0–9, space, hyphen, apostrophe. */
  private static final int CLASSES = 40;

  private static final byte[] CLASS = new byte[128];

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

  private Keywords(Map<String, Long> terms) {
    List<Map<Character, Integer>> children = new ArrayList<>();
    List<List<long[]>> outputs = new ArrayList<>(); // {length, role}
    children.add(new HashMap<>());
    outputs.add(new ArrayList<>());
    for (Map.Entry<String, Long> e : terms.entrySet()) {
      int node = 0;
      for (char c : e.getKey().toCharArray()) {
        Integer next = children.get(node).get(c);
        if (next == null) {
          next = children.size();
          children.add(new HashMap<>());
          outputs.add(new ArrayList<>());
          children.get(node).put(c, next);
        }
        node = next;
      }
      outputs.get(node).add(new long[] {e.getKey().length(), e.getValue()});
    }
    int size = children.size();
    firstKey = new int[size + 1];
    int total = 0;
    for (int i = 0; i < size; i++) {
      firstKey[i] = total;
      total += children.get(i).size();
    }
    firstKey[size] = total;
    keys = new char[total];
    targets = new int[total];
    for (int i = 0; i < size; i++) {
      int k = firstKey[i];
      for (Map.Entry<Character, Integer> e : new TreeMap<>(children.get(i)).entrySet()) {
        keys[k] = e.getKey();
        targets[k++] = e.getValue();
      }
    }
    if (size > Character.MAX_VALUE) {
      throw new IllegalStateException("lexicon too large: " + size + " states");
    }
    for (Map.Entry<Character, Integer> e : children.get(0).entrySet()) {
      char c = e.getKey();
      rootStarts[c >>> 6] |= 1L << c;
      rootNext[c] = (char) e.getValue().intValue();
    }
    fail = new int[size];
    depth = new int[size];
    List<Integer> order = links(outputs);
    dfa = new int[size * CLASSES];
    for (int node : order) {
      for (char c = 0; c < 128; c++) {
        if (CLASS[c] != 0 && (c < 'A' || c > 'Z')) {
          int next = child(node, c);
          int viaFail = node == 0 ? 0 : dfa[fail[node] * CLASSES + CLASS[c]];
          dfa[node * CLASSES + CLASS[c]] = next >= 0 ? next : viaFail;
        }
      }
    }
    emits = new boolean[size];
    outLengths = new int[size][];
    outRoles = new long[size][];
    for (int i = 0; i < size; i++) {
      List<long[]> o = outputs.get(i);
      outLengths[i] = o.stream().mapToInt(a -> (int) a[0]).toArray();
      outRoles[i] = o.stream().mapToLong(a -> a[1]).toArray();
      emits[i] = !o.isEmpty();
    }
  }

  /** Breadth first: each node's failure link and depth, and the outputs it inherits; the order. */
  private List<Integer> links(List<List<long[]>> outputs) {
    List<Integer> order = new ArrayList<>();
    order.add(0);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int k = firstKey[0]; k < firstKey[1]; k++) {
      fail[targets[k]] = 0;
      depth[targets[k]] = 1;
      queue.add(targets[k]);
    }
    while (!queue.isEmpty()) {
      int node = queue.poll();
      order.add(node);
      for (int k = firstKey[node]; k < firstKey[node + 1]; k++) {
        int child = targets[k];
        int f = fail[node];
        int next;
        while ((next = child(f, keys[k])) < 0 && f != 0) {
          f = fail[f];
        }
        fail[child] = next >= 0 && next != child ? next : 0;
        depth[child] = depth[node] + 1;
        outputs.get(child).addAll(outputs.get(fail[child]));
        queue.add(child);
      }
    }
    return order;
  }

  private int child(int node, char c) {
    int lo = firstKey[node];
    int hi = firstKey[node + 1] - 1;
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

  /** The bundled lexicon. */
  static Keywords bundled() {
    try (InputStream in = Keywords.class.getResourceAsStream("lexicon.txt")) {
      if (in == null) {
        throw new IllegalStateException("lexicon.txt is missing from the class path");
      }
      return new Keywords(
          parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
    } catch (IOException e) {
      throw new UncheckedIOException("lexicon.txt cannot be read", e);
    }
  }

  /** Parses "SECTION: term, term" lines; a term in several sections gets all their roles. */
  static Map<String, Long> parse(BufferedReader reader) throws IOException {
    Map<String, Long> terms = new TreeMap<>();
    String line;
    while ((line = reader.readLine()) != null) {
      line = line.strip();
      int colon = line.indexOf(':');
      if (line.isEmpty() || line.startsWith("#") || colon < 0) {
        continue;
      }
      long role = Roles.parse(line.substring(0, colon).strip());
      for (String term : line.substring(colon + 1).split(",")) {
        String t = term.strip();
        if (!t.isEmpty()) {
          terms.merge(t, role, (a, b) -> a | b);
        }
      }
    }
    return terms;
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
        while ((next = child(state, c)) < 0 && state != 0) {
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
