package io.provscan.extract;

import java.util.Arrays;
import java.util.Set;

/**
 * Recognises plain English prose by its function words, before the statistical model is asked: most
 * of any web or documentation corpus is English, and counting words costs a fraction of the model's
 * n-gram evaluation. Only words no other major Latin-script language uses as a function word are
 * counted, so a Dutch or German text does not pass.
 */
final class EnglishShortcut {
  /** Share of words that must be English function words: {@value}. Prose has 25–30%. */
  static final double MIN_SHARE = 0.15;

  /** Function words needed at least: {@value}. */
  static final int MIN_HITS = 8;

  static final Set<String> WORDS =
      Set.of(
          "the", "and", "of", "to", "that", "with", "for", "this", "are", "be", "from", "not",
          "you", "which", "have", "was", "were", "been", "will", "would", "their", "they", "there",
          "these", "what", "when", "can", "has", "had", "its", "or", "by", "it");

  /** {@link #WORDS} as {@link #key keys}, sorted: a word is looked up without making a string. */
  private static final int[] KEYS =
      WORDS.stream().mapToInt(EnglishShortcut::key).sorted().toArray();

  private EnglishShortcut() {}

  /** A word of one to five ASCII letters as a number, case ignored: base 27, a = 1 … z = 26. */
  static int key(CharSequence word) {
    return key(word, 0, word.length());
  }

  private static int key(CharSequence text, int start, int end) {
    int key = 0;
    for (int i = start; i < end; i++) {
      key = key * 27 + ((text.charAt(i) | 0x20) - 'a' + 1);
    }
    return key;
  }

  /** True when {@code text} (a sample of it) reads as English prose. */
  static boolean isEnglish(String text, int maxChars) {
    int words = 0;
    int hits = 0;
    int end = Math.min(text.length(), maxChars);
    int i = 0;
    while (i < end) {
      while (i < end && !isAsciiLetter(text.charAt(i))) {
        if (Character.isLetter(text.charAt(i))) {
          return false; // non-ASCII letters: leave it to the model
        }
        i++;
      }
      int start = i;
      while (i < end && isAsciiLetter(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words++;
        if (i - start <= 5 && Arrays.binarySearch(KEYS, key(text, start, i)) >= 0) {
          hits++;
        }
      }
    }
    return hits >= MIN_HITS && hits >= words * MIN_SHARE;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
