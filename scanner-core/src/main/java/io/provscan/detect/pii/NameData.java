package io.provscan.detect.pii;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The word lists of the PERSON and ADDRESS rules, read once from {@code names/} beside this class:
 * data, not code, so a surname or a street suffix is added there. A word marked {@code *} is also a
 * common word; it lands in {@link #ambiguous} as well. Immutable after loading.
 */
final class NameData {
  static final NameData BUNDLED = new NameData();

  final Set<String> zhSurnames = read("zh-surnames.txt", null);
  final Set<String> zhGivenChars = read("zh-given-chars.txt", null);
  final Set<String> zhDivisions = read("zh-divisions.txt", null);
  final Set<String> ambiguous = new HashSet<>();
  final Set<String> enGiven = read("en-given-names.txt", ambiguous);
  final Set<String> enSurnames = read("en-surnames.txt", null);
  final Set<String> streetSuffixes = read("en-street-suffixes.txt", null);

  /** The Chinese lists again, for lookups in place at every Chinese character of a text. */
  final PackedWords zhSurnameWords = new PackedWords(zhSurnames);

  final PackedWords zhGivenCharWords = new PackedWords(zhGivenChars);
  final PackedWords zhDivisionWords = new PackedWords(zhDivisions);

  /** The English lists again, for lookups in place at every capitalised word of a text. */
  final TokenSet enGivenTokens = new TokenSet(enGiven);

  final TokenSet enSurnameTokens = new TokenSet(enSurnames);
  final TokenSet streetSuffixTokens = new TokenSet(streetSuffixes);

  private NameData() {}

  private static Set<String> read(String name, Set<String> starred) {
    Set<String> words = new HashSet<>();
    try (InputStream in = NameData.class.getResourceAsStream("names/" + name)) {
      if (in == null) {
        throw new IllegalStateException("names/" + name + " is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.startsWith("#")) {
          for (String w : line.strip().split("\\s+")) {
            add(w, words, starred);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("names/" + name + " cannot be read", e);
    }
    return Set.copyOf(words);
  }

  private static void add(String w, Set<String> words, Set<String> starred) {
    if (w.isEmpty()) {
      return;
    }
    if (w.endsWith("*")) {
      w = w.substring(0, w.length() - 1);
      if (starred != null) {
        starred.add(w);
      }
    }
    words.add(w);
  }
}
