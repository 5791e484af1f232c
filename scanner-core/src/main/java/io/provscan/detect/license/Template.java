package io.provscan.detect.license;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SPDX licence template compiled to word ids. Each word is required, optional ({@code
 * <<beginOptional>>}, B.3.5) or the original text of a replaceable variable ({@code <<var>>},
 * B.3.4); {@link #slack} says how many words a text may put in place of the variables at each
 * position.
 */
final class Template {
  static final byte REQUIRED = 0;
  static final byte OPTIONAL = 1;
  static final byte VARIABLE = 2;

  /** Most words a variable may stand for, whatever its pattern allows: {@value}. */
  static final int MAX_VARIABLE_WORDS = 400;

  private static final Pattern BOUND = Pattern.compile("\\{(\\d+),(\\d+)}");

  final int[] ids;
  final byte[] kinds;
  final byte[] flags;
  final int[] slack;

  /** Required words: what a confidence is the share of. */
  final int requiredCount;

  /**
   * Trigram keys of all the template's words with their positions: a 40-bit mix of the key above a
   * 24-bit position (a collision of two mixes only widens the span aligned).
   */
  private volatile long[] keyPositions; // computed on first use: only candidates need it

  private Template(int[] ids, byte[] kinds, byte[] flags, int[] slack) {
    this.ids = ids;
    this.kinds = kinds;
    this.flags = flags;
    this.slack = slack;
    int r = 0;
    for (byte k : kinds) {
      r += k == REQUIRED ? 1 : 0;
    }
    this.requiredCount = r;
  }

  /** A template from its compiled arrays (read back from the build-time cache). */
  static Template of(int[] ids, byte[] kinds, byte[] flags, int[] slack) {
    return new Template(ids, kinds, flags, slack);
  }

  /** Every trigram of the template's words, optional and variable ones too. */
  private long[] computeKeyPositions() {
    long[] out = new long[Math.max(0, ids.length - 2)];
    for (int i = 0; i + 2 < ids.length; i++) {
      out[i] = (mix(ShingleIndex.key(ids[i], ids[i + 1], ids[i + 2])) << 24) | i;
    }
    Arrays.sort(out);
    return out;
  }

  /** The template position of a trigram that occurs exactly once, or -1. */
  int uniquePosition(long trigram) {
    long key = mix(trigram);
    long[] keyPositions = this.keyPositions;
    if (keyPositions == null) {
      keyPositions = computeKeyPositions();
      this.keyPositions = keyPositions; // racing threads compute the same array
    }
    int at = Arrays.binarySearch(keyPositions, key << 24);
    at = at < 0 ? -at - 1 : at;
    if (at >= keyPositions.length || keyPositions[at] >>> 24 != key) {
      return -1;
    }
    boolean again = at + 1 < keyPositions.length && keyPositions[at + 1] >>> 24 == key;
    return again ? -1 : (int) (keyPositions[at] & 0xFFFFFF);
  }

  private static long mix(long key) {
    return (key * 0x9E3779B97F4A7C15L) >>> 24;
  }

  /** Required words (not list markers) in {@code [from, to)}. */
  int requiredIn(int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += kinds[i] == REQUIRED && (flags[i] & Tokens.MARKER) == 0 ? 1 : 0;
    }
    return n;
  }

  int size() {
    return ids.length;
  }

  /** The required words in order: what the candidate index is built from. */
  int[] requiredIds() {
    int[] out = new int[requiredCount];
    int j = 0;
    for (int i = 0; i < ids.length; i++) {
      if (kinds[i] == REQUIRED) {
        out[j++] = ids[i];
      }
    }
    return out;
  }

  /** Compiles an SPDX template (or a plain text, which is all required words). */
  static Template compile(String template, Tokenizer tokenizer) {
    Compiler c = new Compiler(tokenizer);
    c.parse(template);
    return c.build();
  }

  /** Words a variable with this match pattern may stand for. */
  static int bound(String match, int originalWords) {
    Matcher m = BOUND.matcher(match);
    int bound;
    if (m.find()) {
      bound = Integer.parseInt(m.group(2)) / 4;
    } else if (match.contains(".+") || match.contains(".*")) {
      bound = 60;
    } else {
      bound = Math.max(originalWords + 4, wordsIn(match)); // alternatives: the longest is in it
    }
    return Math.min(MAX_VARIABLE_WORDS, Math.max(bound, originalWords + 2));
  }

  /** Runs of letters in a pattern: at least the words of its longest alternative. */
  private static int wordsIn(String pattern) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < pattern.length(); i++) {
      boolean letter = Character.isLetter(pattern.charAt(i));
      n += letter && !inWord ? 1 : 0;
      inWord = letter;
    }
    return n;
  }

  private static final class Compiler {
    private final Tokenizer tokenizer;
    private int[] ids = new int[256];
    private byte[] kinds = new byte[256];
    private byte[] flags = new byte[256];
    private int[] slack = new int[257];
    private int size;
    private int optionalDepth;

    Compiler(Tokenizer tokenizer) {
      this.tokenizer = tokenizer;
    }

    void parse(String t) {
      int i = 0;
      while (i < t.length()) {
        int open = t.indexOf("<<", i);
        if (open < 0) {
          text(t.substring(i));
          return;
        }
        text(t.substring(i, open));
        int close = t.indexOf(">>", open);
        if (close < 0) {
          text(t.substring(open));
          return;
        }
        String tag = t.substring(open + 2, close);
        if (tag.startsWith("beginOptional")) {
          optionalDepth++;
        } else if (tag.startsWith("endOptional")) {
          optionalDepth = Math.max(0, optionalDepth - 1);
        } else if (tag.startsWith("var;")) {
          variable(tag);
        }
        i = close + 2;
      }
    }

    private void variable(String tag) {
      String original = attribute(tag, "original");
      String match = attribute(tag, "match");
      int from = size;
      append(tokenizer.tokenize(original == null ? "" : original), VARIABLE);
      int bound = bound(match == null ? ".+" : match, size - from);
      for (int p = from; p <= size; p++) {
        slack[p] = Math.max(slack[p], bound);
      }
    }

    /** The value of {@code name="…"} in a variable tag (values end at {@code ";} or the end). */
    private static String attribute(String tag, String name) {
      int at = tag.indexOf(name + "=\"");
      if (at < 0) {
        return null;
      }
      int start = at + name.length() + 2;
      int end = tag.indexOf("\";", start);
      if (end < 0) {
        end = tag.endsWith("\"") ? tag.length() - 1 : tag.length();
      }
      return tag.substring(start, Math.max(start, end));
    }

    private void text(String s) {
      if (!s.isEmpty()) {
        append(tokenizer.tokenize(s), optionalDepth > 0 ? OPTIONAL : REQUIRED);
      }
    }

    private void append(Tokens t, byte kind) {
      ensure(size + t.size);
      for (int i = 0; i < t.size; i++) {
        ids[size] = t.ids[i];
        kinds[size] = optionalDepth > 0 && kind == REQUIRED ? OPTIONAL : kind;
        flags[size] = t.flags[i];
        size++;
      }
    }

    private void ensure(int n) {
      if (n >= ids.length) {
        int cap = Math.max(n + 1, ids.length * 2);
        ids = Arrays.copyOf(ids, cap);
        kinds = Arrays.copyOf(kinds, cap);
        flags = Arrays.copyOf(flags, cap);
        slack = Arrays.copyOf(slack, cap + 1);
      }
    }

    Template build() {
      return new Template(
          Arrays.copyOf(ids, size),
          Arrays.copyOf(kinds, size),
          Arrays.copyOf(flags, size),
          Arrays.copyOf(slack, size + 1));
    }
  }
}
