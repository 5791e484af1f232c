package io.provscan.detect.license;

import java.util.Arrays;
import java.util.Locale;

/**
 * Splits text into words the way the SPDX matching guidelines compare licence texts: whitespace and
 * line breaks do not count (B.4), case does not count (B.5), punctuation, code-comment marks and
 * separator lines are dropped (B.6, B.7; provscan ignores all punctuation, as ScanCode and askalono
 * do), "©" and "(c)" are the word "copyright" (B.10), "&amp;" is "and", varietal spellings are one
 * word (B.9) and https is http (B.14). Each CJK character is a word of its own.
 */
final class Tokenizer {
  private final WordIds wordIds;
  private final boolean adding;

  /** The fast path for ASCII words when reading; null when adding. */
  private final AsciiWords ascii;

  /**
   * A tokenizer that looks words up; unknown words get id 0. ASCII words are looked up in {@code
   * ascii} straight from the text's characters, which must hold the words of {@code wordIds}.
   */
  static Tokenizer reading(WordIds wordIds, AsciiWords ascii) {
    return new Tokenizer(wordIds, false, ascii);
  }

  /** A tokenizer that adds new words to the word ids (catalogue compilation only). */
  static Tokenizer adding(WordIds wordIds) {
    return new Tokenizer(wordIds, true, null);
  }

  private Tokenizer(WordIds wordIds, boolean adding, AsciiWords ascii) {
    this.wordIds = wordIds;
    this.adding = adding;
    this.ascii = ascii;
  }

  /** The words of {@code text[from, to)}, lines counted from {@code firstLine}. */
  Tokens tokenize(String text, int from, int to, int firstLine) {
    Builder b = new Builder(text, Math.max(16, (to - from) / 5));
    int line = firstLine;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        b.newLine();
        i++;
      } else if (isCjk(c)) {
        b.add(id(String.valueOf(c)), line, i, i + 1, (byte) 0);
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        i = addWord(text, i, to, line, b);
      } else {
        i = symbol(text, i, to, line, b);
      }
    }
    return b.build();
  }

  /**
   * Punctuation at {@code i}: "©" and "(c)" are the word "copyright" (B.10), "&amp;" is "and", and
   * anything else is dropped (B.6). Returns where the next word may start.
   */
  private int symbol(String text, int i, int to, int line, Builder b) {
    char c = text.charAt(i);
    if (c == '©') {
      b.add(id("copyright"), line, i, i + 1, (byte) 0);
      return i + 1;
    }
    if (c == '(' && i + 2 < to && (text.charAt(i + 1) | 0x20) == 'c' && text.charAt(i + 2) == ')') {
      b.add(id("copyright"), line, i, i + 3, (byte) 0);
      return i + 3;
    }
    if (c == '&') {
      b.add(id("and"), line, i, i + 1, (byte) 0);
    }
    return i + 1;
  }

  /** All of {@code text}. */
  Tokens tokenize(String text) {
    return tokenize(text, 0, text.length(), 1);
  }

  /**
   * Adds the word of letters and digits at {@code start}; returns where it ends. An ASCII word is
   * hashed while it is read and looked up without a string; any other goes the general way (Unicode
   * lower case, varietal spellings).
   */
  private int addWord(String text, int start, int to, int line, Builder b) {
    int end = start;
    int hash = 0;
    boolean asciiOnly = true;
    while (end < to) {
      char c = text.charAt(end);
      if (c < 0x80) {
        char l = lowerAscii(c);
        if (!((l >= 'a' && l <= 'z') || (c >= '0' && c <= '9'))) {
          break;
        }
        hash = AsciiWords.step(hash, l);
      } else if (Character.isLetterOrDigit(c) && !isCjk(c)) {
        asciiOnly = false;
      } else {
        break;
      }
      end++;
    }
    if (asciiOnly && ascii != null) {
      byte flags = isAsciiMarker(text, start, end) ? Tokens.MARKER : 0;
      b.add(ascii.id(text, start, end, hash), line, start, end, flags);
      return end;
    }
    String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
    byte flags = isMarker(text, start, end, lower) ? Tokens.MARKER : 0;
    b.add(id(wordIds.canonical(lower)), line, start, end, flags);
    return end;
  }

  /**
   * The distinct known words of {@code text[from, to)}, exactly those {@link #tokenize} would give
   * ids to, read in one lean pass: no token arrays, no lines, no markers. ASCII words go through
   * the same hash table as in {@link #addWord}, any other word the same general way.
   */
  WordSet words(String text, int from, int to) {
    WordSet set = new WordSet(wordIds.size());
    char[] buf = new char[to - from];
    text.getChars(from, to, buf, 0);
    int n = buf.length;
    int i = 0;
    while (i < n) {
      char c = buf[i];
      if (c < 0x80) {
        if (ASCII_WORD[c] != 0) {
          int start = i;
          int hash = 0;
          do {
            hash = AsciiWords.step(hash, ASCII_WORD[c]);
            c = ++i < n ? buf[i] : ' ';
          } while (c < 0x80 && ASCII_WORD[c] != 0);
          if (c >= 0x80 && isWordChar(c)) {
            i = wordEnd(buf, i);
            set.add(generalId(text, from + start, from + i));
          } else {
            set.add(ascii.id(buf, start, i, hash));
          }
        } else {
          i = symbolWord(buf, i, set);
        }
      } else if (isCjk(c)) {
        set.add(id(String.valueOf(c)));
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int start = i;
        i = wordEnd(buf, i);
        set.add(generalId(text, from + start, from + i));
      } else {
        set.add(c == '©' ? id("copyright") : WordIds.UNKNOWN);
        i++;
      }
    }
    return set;
  }

  /** {@link #symbol} for an ASCII character, adding its word (if any) to {@code set}. */
  private int symbolWord(char[] buf, int i, WordSet set) {
    char c = buf[i];
    if (c == '(' && i + 2 < buf.length && (buf[i + 1] | 0x20) == 'c' && buf[i + 2] == ')') {
      set.add(id("copyright"));
      return i + 3;
    }
    if (c == '&') {
      set.add(id("and"));
    }
    return i + 1;
  }

  /** A character {@link #addWord} keeps in a word. */
  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) && !isCjk(c);
  }

  private static int wordEnd(char[] buf, int i) {
    while (i < buf.length && isWordChar(buf[i])) {
      i++;
    }
    return i;
  }

  /** The id of a word read the general way: Unicode lower case, then its canonical spelling. */
  private int generalId(String text, int start, int end) {
    return id(wordIds.canonical(text.substring(start, end).toLowerCase(Locale.ROOT)));
  }

  /** For each ASCII character: its lower case when it is a letter or digit, else 0. */
  private static final char[] ASCII_WORD = new char[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      char l = lowerAscii(c);
      ASCII_WORD[c] = (l >= 'a' && l <= 'z') || (c >= '0' && c <= '9') ? l : 0;
    }
  }

  private int id(String canonical) {
    return adding ? wordIds.add(canonical) : wordIds.id(canonical);
  }

  /** B.8: "1.", "a)", "(iv)", "2.3." at the head of a list item; only short numbers or letters. */
  static boolean isMarker(String text, int start, int end, String lower) {
    if (end >= text.length()) {
      return false;
    }
    char next = text.charAt(end);
    if (next != '.' && next != ')') {
      return false;
    }
    int len = end - start;
    if (lower.chars().allMatch(Character::isDigit)) {
      return len <= 3;
    }
    return len == 1 || (len <= 4 && lower.chars().allMatch(ch -> "ivxlc".indexOf(ch) >= 0));
  }

  /** {@link #isMarker} of an ASCII word, read from the text without a lower-case copy. */
  static boolean isAsciiMarker(String text, int start, int end) {
    if (end >= text.length()) {
      return false;
    }
    char next = text.charAt(end);
    if (next != '.' && next != ')') {
      return false;
    }
    int len = end - start;
    boolean digits = true;
    boolean roman = true;
    for (int i = start; i < end; i++) {
      char c = lowerAscii(text.charAt(i));
      digits &= c >= '0' && c <= '9';
      roman &= "ivxlc".indexOf(c) >= 0;
    }
    if (digits) {
      return len <= 3;
    }
    return len == 1 || (len <= 4 && roman);
  }

  /** An ASCII upper-case letter in lower case; any other character as it is. */
  static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
  }

  /** Han, kana and Hangul: scripts written without spaces, compared character by character. */
  static boolean isCjk(char c) {
    if (c < 0x1100) {
      return false;
    }
    return (c >= 0x4E00 && c <= 0x9FFF) // CJK unified ideographs
        || (c >= 0x3400 && c <= 0x4DBF) // extension A
        || (c >= 0x3040 && c <= 0x30FF) // hiragana, katakana
        || (c >= 0xAC00 && c <= 0xD7AF) // Hangul syllables
        || (c >= 0xF900 && c <= 0xFAFF) // compatibility ideographs
        || (c >= 0x1100 && c <= 0x11FF) // Hangul jamo
        || (c >= 0x3130 && c <= 0x318F); // Hangul compatibility jamo
  }

  private static final class Builder {
    private final String text;
    private int[] ids;
    private int[] lines;
    private int[] starts;
    private int[] ends;
    private byte[] flags;
    private int size;
    private boolean lineStart = true;
    private boolean copyrightLine;

    Builder(String text, int capacity) {
      this.text = text;
      ids = new int[capacity];
      lines = new int[capacity];
      starts = new int[capacity];
      ends = new int[capacity];
      flags = new byte[capacity];
    }

    void newLine() {
      lineStart = true;
      copyrightLine = false;
    }

    void add(int id, int line, int start, int end, byte flag) {
      if (size == ids.length) {
        int n = size * 2;
        ids = Arrays.copyOf(ids, n);
        lines = Arrays.copyOf(lines, n);
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
        flags = Arrays.copyOf(flags, n);
      }
      if (lineStart) {
        copyrightLine = isCopyrightMark(start, end);
        lineStart = false;
      }
      ids[size] = id;
      lines[size] = line;
      starts[size] = start;
      ends[size] = end;
      flags[size] = (byte) (flag | (copyrightLine ? Tokens.COPYRIGHT_LINE : 0));
      size++;
    }

    /** "Copyright", "©" or "(c)": the tokens the tokenizer makes of them. */
    private boolean isCopyrightMark(int start, int end) {
      char c = text.charAt(start);
      return c == '©'
          || c == '('
          || (end - start == 9 && text.regionMatches(true, start, "copyright", 0, 9));
    }

    Tokens build() {
      return new Tokens(text, ids, lines, starts, ends, flags, size);
    }
  }
}
