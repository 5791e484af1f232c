package io.provscan.detect.license;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns licence names into SPDX ids or expressions: "Apache License, Version 2.0", "GPLv2+", "CC
 * BY-NC 4.0", "llama2", "木兰宽松许可证 第2版". Names are compared as normalised words (no case, no
 * punctuation, letters and digits split apart, and "the", "license", "licence", "version" and "v"
 * left out), so spelling variants of one name meet. A trie over those words finds the longest name
 * starting at a given word. Read-only after construction.
 */
final class NameResolver {
  /** Words that never tell two licences apart. */
  private static final Set<String> FILLER =
      Set.of("the", "license", "licence", "licenses", "licences", "version", "v", "ver");

  private final Node root = new Node();

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    String target;
    int priority = Integer.MAX_VALUE;
  }

  /**
   * A name found.
   *
   * @param target the SPDX id, LicenseRef id or expression it stands for
   * @param end the index after its last word
   */
  record Resolution(String target, int end) {}

  /**
   * Adds a name; when two names normalise alike, the lower {@code priority} wins (explicit aliases
   * before generated ones).
   */
  void add(String name, String target, int priority) {
    List<String> words = words(name);
    if (words.isEmpty()) {
      return;
    }
    Node n = root;
    for (String w : words) {
      n = n.next.computeIfAbsent(w, x -> new Node());
    }
    if (priority < n.priority) {
      n.priority = priority;
      n.target = target;
    }
  }

  /** The longest name that starts at {@code words[from]}, or null. */
  Resolution at(List<String> words, int from) {
    return at(words, from, false);
  }

  /**
   * The longest name that starts at {@code words[from]} in running text, or null. There a one-word
   * name counts only for an SPDX licence ("MIT", "GPL"): one-word model-licence ids ("qwen", "yi"
   * of "yi-license", "deepseek") are model names far more often than licence names.
   */
  Resolution inText(List<String> words, int from) {
    return at(words, from, true);
  }

  private Resolution at(List<String> words, int from, boolean inText) {
    Node n = root;
    Resolution best = null;
    for (int i = from; i < words.size(); i++) {
      n = n.next.get(words.get(i));
      if (n == null) {
        break;
      }
      boolean oneWordRef =
          inText && i == from && n.target != null && n.target.startsWith("LicenseRef-");
      if (n.target != null && !oneWordRef) {
        best = new Resolution(n.target, i + 1);
      }
    }
    return best;
  }

  /** The target of a whole name, or null when the name is not known as a whole. */
  String exact(String name) {
    List<String> words = words(name);
    Resolution r = words.isEmpty() ? null : at(words, 0);
    return r != null && r.end() == words.size() ? r.target() : null;
  }

  /** The normalised words of a name or text. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    int kind = 0; // 1 letters, 2 digits
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int k = Tokenizer.isCjk(c) ? 3 : Character.isDigit(c) ? 2 : Character.isLetter(c) ? 1 : 0;
      if (kind == 1 && k == 2 && w.length() > 1 && (w.charAt(w.length() - 1) | 0x20) == 'v') {
        w.setLength(w.length() - 1); // "GPLv2": the v of version
      }
      if (k != kind || k == 3) {
        flush(w, out);
      }
      if (k != 0) {
        w.append(c);
      }
      kind = k;
    }
    flush(w, out);
    return out;
  }

  private static void flush(StringBuilder w, List<String> out) {
    if (w.length() > 0) {
      String word = w.toString().toLowerCase(Locale.ROOT);
      if (!FILLER.contains(word)) {
        out.add(word);
      }
      w.setLength(0);
    }
  }
}
