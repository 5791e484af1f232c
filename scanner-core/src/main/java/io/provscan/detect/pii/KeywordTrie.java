package io.provscan.detect.pii;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the Aho–Corasick automaton that {@link Keywords} runs: a trie of the terms in flat sorted
 * arrays, failure links breadth first, a DFA over ASCII character classes with the failure links
 * folded in, the root's children per character, and each state's outputs (term lengths and roles,
 * the failure chain's included). Runs once per lexicon; the arrays are then only read.
 */
final class KeywordTrie {
  /** ASCII character classes of the DFA: other, a–z, 0–9, space, hyphen, apostrophe. */
  static final int CLASSES = 40;

  /** The class of each ASCII character; upper case shares the class of lower case. */
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

  final char[] keys; // children of all nodes, sorted per node
  final int[] targets; // the child node of each key
  final int[] firstKey; // per node: index of its first key; keys up to firstKey[node+1]
  final int[] fail;
  final int[] depth;
  final int[] dfa; // ASCII transitions, failure links folded in: state * CLASSES + class
  final long[] rootStarts = new long[1024]; // bit per char: some term starts with it
  final char[] rootNext = new char[65536]; // the root's child per character (states < 65536)
  final int[][] outLengths; // per node: lengths of the terms ending here (fail chain too)
  final long[][] outRoles;
  final boolean[] emits;

  private final List<Map<Character, Integer>> children = new ArrayList<>();
  private final List<List<long[]>> outputs = new ArrayList<>(); // {length, role}

  /** The automaton of {@code terms}, each with its roles. */
  KeywordTrie(Map<String, Long> terms) {
    insert(terms);
    int size = children.size();
    if (size > Character.MAX_VALUE) {
      throw new IllegalStateException("lexicon too large: " + size + " states");
    }
    firstKey = firstKeys();
    keys = new char[firstKey[size]];
    targets = new int[firstKey[size]];
    flatten();
    fail = new int[size];
    depth = new int[size];
    dfa = new int[size * CLASSES];
    fillDfa(links());
    outLengths = new int[size][];
    outRoles = new long[size][];
    emits = new boolean[size];
    fillOutputs();
  }

  private void insert(Map<String, Long> terms) {
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
  }

  private int[] firstKeys() {
    int size = children.size();
    int[] first = new int[size + 1];
    int total = 0;
    for (int i = 0; i < size; i++) {
      first[i] = total;
      total += children.get(i).size();
    }
    first[size] = total;
    return first;
  }

  /** Each node's children, sorted, into {@link #keys} and {@link #targets}; the root's index. */
  private void flatten() {
    for (int i = 0; i < children.size(); i++) {
      int k = firstKey[i];
      for (Map.Entry<Character, Integer> e : new TreeMap<>(children.get(i)).entrySet()) {
        keys[k] = e.getKey();
        targets[k++] = e.getValue();
      }
    }
    for (Map.Entry<Character, Integer> e : children.get(0).entrySet()) {
      char c = e.getKey();
      rootStarts[c >>> 6] |= 1L << c;
      rootNext[c] = (char) e.getValue().intValue();
    }
  }

  /** Breadth first: each node's failure link and depth, and the outputs it inherits; the order. */
  private List<Integer> links() {
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
        while ((next = child(keys, targets, firstKey, f, keys[k])) < 0 && f != 0) {
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

  /** ASCII transitions in breadth-first order, so that a failure state's row is already done. */
  private void fillDfa(List<Integer> order) {
    for (int node : order) {
      for (char c = 0; c < 128; c++) {
        if (CLASS[c] != 0 && (c < 'A' || c > 'Z')) {
          int next = child(keys, targets, firstKey, node, c);
          int viaFail = node == 0 ? 0 : dfa[fail[node] * CLASSES + CLASS[c]];
          dfa[node * CLASSES + CLASS[c]] = next >= 0 ? next : viaFail;
        }
      }
    }
  }

  private void fillOutputs() {
    for (int i = 0; i < outputs.size(); i++) {
      List<long[]> o = outputs.get(i);
      outLengths[i] = o.stream().mapToInt(a -> (int) a[0]).toArray();
      outRoles[i] = o.stream().mapToLong(a -> a[1]).toArray();
      emits[i] = !o.isEmpty();
    }
  }

  /** The child of {@code node} by {@code c} (binary search in its sorted keys), or -1. */
  static int child(char[] keys, int[] targets, int[] firstKey, int node, char c) {
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
}
