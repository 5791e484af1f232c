package io.provscan.detect.pii;

import java.util.List;

/**
 * A short list of context words (labels, titles, verbs) asked whether one of them starts at, or
 * ends at, a place in a text. A bit per character says which characters begin and which end a word,
 * so a place where none can match costs one array read instead of a walk over the list: the name
 * finders ask at every surname they meet. Immutable.
 */
final class WordList {
  private final String[] words;
  private final boolean[] first = new boolean[Character.MAX_VALUE + 1];
  private final boolean[] last = new boolean[Character.MAX_VALUE + 1];

  WordList(List<String> words) {
    for (String w : words) {
      if (w.isEmpty()) {
        throw new IllegalArgumentException("an empty context word");
      }
      first[w.charAt(0)] = true;
      last[w.charAt(w.length() - 1)] = true;
    }
    this.words = words.toArray(new String[0]);
  }

  /** True when some word of the list starts with {@code c}. */
  boolean starts(char c) {
    return first[c];
  }

  /** Length of the first word of the list that starts at {@code at}, or 0. */
  int startingAt(String text, int at) {
    if (at < 0 || at >= text.length() || !first[text.charAt(at)]) {
      return 0;
    }
    for (String w : words) {
      if (text.startsWith(w, at)) {
        return w.length();
      }
    }
    return 0;
  }

  /** True when a word of the list ends just before {@code end}. */
  boolean endsAt(String text, int end) {
    if (end <= 0 || end > text.length() || !last[text.charAt(end - 1)]) {
      return false;
    }
    for (String w : words) {
      if (end >= w.length() && text.startsWith(w, end - w.length())) {
        return true;
      }
    }
    return false;
  }
}
