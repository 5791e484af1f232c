package io.provscan.detect.license;

/**
 * A text as a sequence of word ids with, for each word, its line and where it sits in the text.
 * Punctuation, whitespace and letter case are gone (SPDX matching guidelines B.4–B.7); what is left
 * is what the templates are compared on.
 */
final class Tokens {
  /** The word looks like a list marker ("1.", "(a)", "iv)"): B.8 lets it differ. */
  static final byte MARKER = 1;

  /** The word is on a line that starts with "Copyright" (or ©, (c)): B.11 ignores such lines. */
  static final byte COPYRIGHT_LINE = 2;

  final int[] ids;
  final int[] lines;
  final int[] starts;
  final int[] ends;
  final byte[] flags;
  final int size;
  final String text;

  Tokens(String text, int[] ids, int[] lines, int[] starts, int[] ends, byte[] flags, int size) {
    this.text = text;
    this.ids = ids;
    this.lines = lines;
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
    this.size = size;
  }

  boolean is(int i, byte flag) {
    return (flags[i] & flag) != 0;
  }
}
