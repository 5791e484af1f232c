package io.provscan.detect.license;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of the catalogue, each with an integer id, so texts are compared as int arrays. Built
 * once from every template and phrase, read-only afterwards (safe to share between threads). Id 0
 * is every word the catalogue does not know: such a word can never match a template.
 */
final class WordIds {
  /** The id of words the catalogue does not contain. */
  static final int UNKNOWN = 0;

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> words = new ArrayList<>();
  private final Map<String, String> equivalent;

  /**
   * Word ids that map varietal spellings to one form.
   *
   * @param equivalentWords SPDX matching guidelines B.9 (equivalentwords.txt), from the catalogue
   */
  WordIds(Map<String, String> equivalentWords) {
    Map<String, String> eq = new HashMap<>();
    equivalentWords.forEach(
        (k, v) -> {
          if (!k.contains(" ") && !v.contains(" ")) {
            eq.put(k.toLowerCase(Locale.ROOT), v.toLowerCase(Locale.ROOT));
          }
        });
    // B.14: http and https are the same; "&" is written "and" by the tokenizer.
    eq.put("https", "http");
    this.equivalent = Map.copyOf(eq);
    words.add("?");
  }

  /** Word ids holding {@code known} words with ids 1, 2, … in that order. */
  WordIds(Map<String, String> equivalentWords, List<String> known) {
    this(equivalentWords);
    known.forEach(this::add);
  }

  /** The words in id order, from id 1. */
  List<String> words() {
    return words.subList(1, words.size());
  }

  /** The varietal spellings (B.9) that have a canonical form, lower case. */
  java.util.Set<String> equivalentSpellings() {
    return equivalent.keySet();
  }

  /** The canonical form of a lower-case word. */
  String canonical(String lowerWord) {
    return equivalent.getOrDefault(lowerWord, lowerWord);
  }

  /** The id of a canonical word, adding it (only while the catalogue is being compiled). */
  int add(String word) {
    Integer id = ids.get(word);
    if (id != null) {
      return id;
    }
    int next = words.size();
    ids.put(word, next);
    words.add(word);
    return next;
  }

  /** The id of a canonical word, or {@link #UNKNOWN}. */
  int id(String word) {
    Integer id = ids.get(word);
    return id == null ? UNKNOWN : id;
  }

  /** The word of an id. */
  String word(int id) {
    return words.get(id);
  }

  /** Distinct words known. */
  int size() {
    return words.size() - 1;
  }
}
