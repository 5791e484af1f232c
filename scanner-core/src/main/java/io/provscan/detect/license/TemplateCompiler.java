package io.provscan.detect.license;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles an SPDX licence template's markup (SPDX matching guidelines, Annex B): text outside tags
 * is required, text inside {@code <<beginOptional>>}…{@code <<endOptional>>} is optional (B.3.5),
 * and a {@code <<var;…>>} tag contributes its original text, with slack for the words its match
 * pattern lets a text put in its place (B.3.4). A small state machine over the tags.
 */
final class TemplateCompiler {
  /** Most words a variable may stand for, whatever its pattern allows: {@value}. */
  static final int MAX_VARIABLE_WORDS = 400;

  private static final Pattern BOUND = Pattern.compile("\\{(\\d+),(\\d+)}");

  private final Tokenizer tokenizer;
  private int[] ids = new int[256];
  private byte[] kinds = new byte[256];
  private byte[] flags = new byte[256];
  private int[] slack = new int[257];
  private int size;
  private int optionalDepth;

  /** Whether the last piece appended ended inside a line (no line break after its last word). */
  private boolean midLine;

  /**
   * Whether that line is a copyright line: "Copyright {@code <<var>>} The Regents of the University
   * of California." is one line in three pieces.
   */
  private boolean copyrightOpen;

  private TemplateCompiler(Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  private void parse(String t) {
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
    String text = original == null ? "" : original;
    append(tokenizer.tokenize(text), text, Template.VARIABLE);
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
      append(tokenizer.tokenize(s), s, optionalDepth > 0 ? Template.OPTIONAL : Template.REQUIRED);
    }
  }

  /**
   * Appends the words of {@code s}. The tokenizer starts each piece as a new line; a piece that
   * goes on a line an earlier piece began takes that line's copyright mark instead, so the whole of
   * a notice split by a variable counts as a copyright line, which the SPDX guidelines ignore
   * (B.11).
   */
  private void append(Tokens t, String s, byte kind) {
    ensure(size + t.size);
    int firstNewline = s.indexOf('\n');
    for (int i = 0; i < t.size; i++) {
      ids[size] = t.ids[i];
      kinds[size] = optionalDepth > 0 && kind == Template.REQUIRED ? Template.OPTIONAL : kind;
      boolean goesOn = midLine && (firstNewline < 0 || t.starts[i] < firstNewline);
      byte own = (byte) (t.flags[i] & ~Tokens.COPYRIGHT_LINE);
      byte line = copyrightOpen ? Tokens.COPYRIGHT_LINE : 0;
      flags[size] = goesOn ? (byte) (own | line) : t.flags[i];
      size++;
    }
    if (t.size > 0) {
      midLine = s.lastIndexOf('\n') < t.ends[t.size - 1];
      copyrightOpen = midLine && (flags[size - 1] & Tokens.COPYRIGHT_LINE) != 0;
    } else if (firstNewline >= 0) {
      midLine = false;
      copyrightOpen = false;
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

  private Template build() {
    return Template.of(
        Arrays.copyOf(ids, size),
        Arrays.copyOf(kinds, size),
        Arrays.copyOf(flags, size),
        Arrays.copyOf(slack, size + 1));
  }

  /** Compiles {@code template} with words from {@code tokenizer}. */
  static Template compile(String template, Tokenizer tokenizer) {
    TemplateCompiler c = new TemplateCompiler(tokenizer);
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
}
