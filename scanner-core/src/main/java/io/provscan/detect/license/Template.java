package io.provscan.detect.license;

import java.util.Arrays;

/**
 * An SPDX licence template compiled to word ids. Each word is required, optional ({@code
 * <<beginOptional>>}, B.3.5) or the original text of a replaceable variable ({@code <<var>>},
 * B.3.4); {@link #slack} says how many words a text may put in place of the variables at each
 * position.
 */
final class Template {
  /** A word the text must have. */
  static final byte REQUIRED = 0;

  /** A word of optional text (B.3.5). */
  static final byte OPTIONAL = 1;

  /** A word of a variable's original text (B.3.4). */
  static final byte VARIABLE = 2;

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
    this.gaps = gaps(kinds);
  }

  /**
   * Runs of optional or variable words between required ones. The candidate index is built from the
   * required words in a row, so each such run makes up to two trigrams that join words across it,
   * which no text has in a row, even one that matches exactly.
   */
  final int gaps;

  private static int gaps(byte[] kinds) {
    int n = 0;
    boolean seenRequired = false;
    boolean inGap = false;
    for (byte k : kinds) {
      if (k == REQUIRED) {
        n += seenRequired && inGap ? 1 : 0;
        seenRequired = true;
        inGap = false;
      } else {
        inGap = seenRequired;
      }
    }
    return n;
  }

  /**
   * A template from its compiled arrays (made by {@link TemplateCompiler} or read back from the
   * bundle).
   */
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
    return TemplateCompiler.compile(template, tokenizer);
  }
}
