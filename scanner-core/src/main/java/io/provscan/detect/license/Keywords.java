package io.provscan.detect.license;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds many ASCII keywords at once, without letter case, in one pass over a text (Aho–Corasick):
 * the tag and notice words the tag and reference finders look for, so a text is read once for all
 * of them instead of once per word, and a text that holds none is done after that one pass. A
 * character is compared in the lower case {@link Window#lower} gives it, and a line break as a
 * space, so a keyword is found where {@code Window.lower(text).replace('\n', ' ').indexOf(keyword)}
 * finds it: notices wrap anywhere ("modify it under / the terms of the GNU …"). Immutable once
 * built.
 */
final class Keywords {
  /** Characters of the keywords in classes; class 0 is every other character. */
  private final byte[] classOf = new byte[128];

  private final int classes;
  private final int[] next;
  private final int[][] output;
  private final int[] lengths;

  /** The automaton of {@code words} (ASCII, lower case); a match reports the word's index. */
  Keywords(List<String> words) {
    int c = 1;
    for (String w : words) {
      for (char ch : w.toCharArray()) {
        if (ch >= 128 || Character.toLowerCase(ch) != ch) {
          throw new IllegalArgumentException("not a lower-case ASCII keyword: " + w);
        }
        if (classOf[ch] == 0) {
          classOf[ch] = (byte) c++;
        }
      }
    }
    classes = c;
    lengths = words.stream().mapToInt(String::length).toArray();
    List<int[]> gotos = new ArrayList<>();
    List<int[]> outs = new ArrayList<>();
    gotos.add(new int[classes]);
    outs.add(new int[0]);
    for (int i = 0; i < words.size(); i++) {
      int s = 0;
      for (char ch : words.get(i).toCharArray()) {
        int k = classOf[ch];
        if (gotos.get(s)[k] == 0) {
          gotos.add(new int[classes]);
          outs.add(new int[0]);
          gotos.get(s)[k] = gotos.size() - 1;
        }
        s = gotos.get(s)[k];
      }
      outs.set(s, append(outs.get(s), i));
    }
    next = new int[gotos.size() * classes];
    output = outs.toArray(new int[0][]);
    link(gotos);
  }

  /** Breadth first: fail links folded into a full transition table, outputs merged along them. */
  private void link(List<int[]> gotos) {
    int[] fail = new int[gotos.size()];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int k = 1; k < classes; k++) {
      int s = gotos.get(0)[k];
      next[k] = s;
      if (s != 0) {
        queue.add(s);
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      output[s] = merge(output[s], output[fail[s]]);
      for (int k = 1; k < classes; k++) {
        int t = gotos.get(s)[k];
        if (t != 0) {
          fail[t] = next[fail[s] * classes + k];
          next[s * classes + k] = t;
          queue.add(t);
        } else {
          next[s * classes + k] = next[fail[s] * classes + k];
        }
      }
    }
  }

  private static int[] append(int[] a, int v) {
    int[] out = Arrays.copyOf(a, a.length + 1);
    out[a.length] = v;
    return out;
  }

  private static int[] merge(int[] a, int[] b) {
    int[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /**
   * Every keyword in {@code s}, and every CJK character (reported as word -1, for the Chinese
   * notices), in text order, each with the number of its line.
   */
  Hits scan(Window.Segment s) {
    Hits hits = new Hits();
    String text = s.text();
    int state = 0;
    int line = s.firstLine();
    for (int i = s.from(); i < s.to(); i++) {
      char ch = text.charAt(i);
      int k;
      if (ch < 128) {
        line += ch == '\n' ? 1 : 0;
        k = classOf[ch == '\n' ? ' ' : ch | (ch >= 'A' && ch <= 'Z' ? 0x20 : 0)];
      } else {
        if (Tokenizer.isCjk(ch)) {
          hits.add(i, i + 1, line, -1);
        }
        char lower = ch == Window.NO_BREAK_SPACE ? ' ' : Character.toLowerCase(ch);
        k = lower < 128 ? classOf[lower] : 0;
      }
      state = next[state * classes + k];
      if (output[state].length > 0) {
        for (int w : output[state]) {
          int start = i + 1 - lengths[w];
          hits.add(start, i + 1, line - breaks(text, start, i), w);
        }
      }
    }
    return hits;
  }

  /** The line breaks in {@code text[from, to)}: a keyword that wraps starts on an earlier line. */
  private static int breaks(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += text.charAt(i) == '\n' ? 1 : 0;
    }
    return n;
  }

  /**
   * Keyword matches: where each starts and ends, the line it starts on and which keyword (-1: a CJK
   * character).
   */
  static final class Hits {
    private int[] at = new int[8];
    private int[] ends = new int[8];
    private int[] lines = new int[8];
    private int[] words = new int[8];
    private int size;

    void add(int position, int end, int line, int word) {
      if (size == at.length) {
        at = Arrays.copyOf(at, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
        lines = Arrays.copyOf(lines, size * 2);
        words = Arrays.copyOf(words, size * 2);
      }
      at[size] = position;
      ends[size] = end;
      lines[size] = line;
      words[size++] = word;
    }

    int size() {
      return size;
    }

    int at(int i) {
      return at[i];
    }

    /** Where match {@code i} ends (exclusive). */
    int end(int i) {
      return ends[i];
    }

    int line(int i) {
      return lines[i];
    }

    int word(int i) {
      return words[i];
    }
  }
}
