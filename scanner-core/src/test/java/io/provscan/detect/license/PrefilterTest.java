package io.provscan.detect.license;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cheap steps before the full-text search: the lean word pass, the candidate bound, the own
 * entries' phrase test and the keyword automaton. Each must skip work on texts without licences and
 * never skip a text the search would find something in.
 */
class PrefilterTest {
  private static final LicenseKnowledge K = LicenseKnowledge.get();

  private static final String PROSE =
      "adduser (3.130) unstable; urgency=low\n\n  deluser's --no-preserve-root option is"
          + " deprecated, and it will be removed after the next release. If you want to delete"
          + " root, you need to use other tools.\n  We are planning to remove the GROUPHOMES"
          + " configuration options. They help big installations (c) & small ones.\n";

  /** Texts that stress the tokenizer: case, digits, markers, CJK, ©, (c), &, non-ASCII letters. */
  static Stream<String> hostile() {
    return Stream.of(
        "",
        "a",
        "MIT",
        "(c)",
        "(C) 2024 Foo & Bar ©",
        "1. Redistributions\n(a) ii) IV. 2.3. x)",
        "LİCENSE Licence licence LICENSED UNDER the K\u212Aelvin",
        "Übersetzung café naïve Straße ǅemal",
        "本项目采用 Apache-2.0 许可证。한국어 テキスト",
        "https://www.apache.org/licenses/LICENSE-2.0 http://x",
        "word\u0301accent abc123def 123 ABC\tdef\r\nghi",
        "\uD83D\uDE00 surrogates \uD801\uDC00 deseret",
        PROSE);
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void leanWordPassHasExactlyTheTokenizersWords(String text) {
    Tokenizer tokenizer = K.reading();
    assertSameWords(tokenizer.tokenize(text), tokenizer.words(text, 0, text.length()));
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void asciiFastPathGivesTheIdsOfTheGeneralPath(String text) {
    Tokens fast = K.reading().tokenize(text);
    Tokens general = Tokenizer.reading(K.wordIds(), null).tokenize(text);
    assertEquals(general.size, fast.size);
    assertArrayEquals(Arrays.copyOf(general.ids, general.size), Arrays.copyOf(fast.ids, fast.size));
    assertArrayEquals(
        Arrays.copyOf(general.flags, general.size), Arrays.copyOf(fast.flags, fast.size));
  }

  @Test
  void leanWordPassAndFastPathAgreeOnEveryListedText() {
    Tokenizer tokenizer = K.reading();
    Tokenizer general = Tokenizer.reading(K.wordIds(), null);
    for (String text : SpdxTexts.all().values()) {
      Tokens tokens = tokenizer.tokenize(text);
      assertSameWords(tokens, tokenizer.words(text, 0, text.length()));
      Tokens slow = general.tokenize(text);
      assertArrayEquals(Arrays.copyOf(slow.ids, slow.size), Arrays.copyOf(tokens.ids, tokens.size));
    }
  }

  @Test
  void proseWithoutLicenceWordsSkipsTheFullTextSearch() {
    WordSet words = K.reading().words(PROSE, 0, PROSE.length());
    assertTrue(words.size() > 20, "the prose has known words");
    assertFalse(K.bound().mayMatch(words));
    assertTrue(K.ownEntries().stream().noneMatch(o -> o.possible(words, K.phrases())));
    assertTrue(Detect.all("NEWS", PROSE).isEmpty());
  }

  /**
   * The bound's promise, checked on every listed licence and exception text (and each cut in half):
   * whenever the shingle index makes any template a candidate, the bound lets the text through.
   */
  @Test
  void everyListedTextTheIndexWouldSearchPassesTheBound() {
    List<String> rejected = new ArrayList<>();
    int candidates = 0;
    for (Map.Entry<String, String> e : SpdxTexts.all().entrySet()) {
      String text = e.getValue();
      for (String part : List.of(text, text.substring(0, text.length() / 2))) {
        if (hasCandidate(part)) {
          candidates++;
          if (!K.bound().mayMatch(K.reading().words(part, 0, part.length()))) {
            rejected.add(e.getKey());
          }
        }
      }
    }
    assertTrue(rejected.isEmpty(), "rejected by the bound: " + rejected);
    assertTrue(candidates > SpdxTexts.all().size(), "the index found candidates: " + candidates);
  }

  @Test
  void everyTemplateWithIndexedTrigramsPassesTheBoundOnItsOwnText() {
    List<String> rejected = new ArrayList<>();
    for (Map.Entry<String, String> e : SpdxTexts.all().entrySet()) {
      String text = e.getValue();
      if (!K.bound().mayMatch(K.reading().words(text, 0, text.length())) && hasCandidate(text)) {
        rejected.add(e.getKey());
      }
    }
    assertTrue(rejected.isEmpty(), "rejected: " + rejected);
  }

  @Test
  void licenceAmidProseIsStillFound() {
    String mit = SpdxTexts.of("MIT");
    assertEquals(List.of("MIT"), Detect.texts(PROSE + "\n" + mit + "\n" + PROSE));
  }

  @Test
  void licenceAtTheVeryStartOrEndIsFound() {
    String isc = SpdxTexts.of("ISC").strip();
    assertEquals(List.of("ISC"), Detect.texts(isc + "\n" + PROSE));
    assertEquals(List.of("ISC"), Detect.texts(PROSE + isc));
    assertEquals(List.of("ISC"), Detect.texts(isc));
  }

  @Test
  void tinyTemplatesAmidProseAreFound() {
    for (String id : List.of("diffmark", "Kastrup", "FSFUL", "check-cvs")) {
      String text = PROSE + SpdxTexts.of(id) + "\n" + PROSE;
      assertTrue(hasCandidate(text), id + " is a candidate of the index");
      assertTrue(
          K.bound().mayMatch(K.reading().words(text, 0, text.length())), id + " passes the bound");
    }
    assertEquals(List.of("diffmark"), Detect.texts(PROSE + SpdxTexts.of("diffmark") + PROSE));
  }

  @Test
  void shortNoticesAndTagsAtTheEdgesAreFound() {
    String text =
        "SPDX-License-Identifier: MIT\n" + PROSE + "Licensed under the Apache License, Version 2.0";
    List<String> ids =
        Detect.all("x.c", text).stream().map(f -> f.basis() + ":" + f.spdx()).toList();
    assertTrue(ids.contains("tag:MIT"), () -> ids.toString());
    assertTrue(ids.contains("reference:Apache-2.0"), () -> ids.toString());
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void keywordsAreFoundWhereTheLowerCaseTextHasThem(String body) {
    String text = "Licensed under " + body + " spdx-LICENSE-identifier: x License:" + body;
    List<String> words = new ArrayList<>(List.of(TagFinder.TAG));
    words.addAll(ReferenceFinder.keywords());
    Window.Segment s = Window.of(text).get(0);
    Keywords.Hits hits = new Keywords(words).scan(s);
    String lower = Window.lower(text);
    List<String> expected = new ArrayList<>();
    for (int w = 0; w < words.size(); w++) {
      for (int at = lower.indexOf(words.get(w));
          at >= 0;
          at = lower.indexOf(words.get(w), at + 1)) {
        expected.add(at + ":" + w);
      }
    }
    List<String> found = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      if (hits.word(i) >= 0) {
        found.add(hits.at(i) + ":" + hits.word(i));
      }
    }
    expected.sort(null);
    found.sort(null);
    assertEquals(expected, found);
  }

  /** The old candidate test: does the shingle index make any template a candidate? */
  private static boolean hasCandidate(String text) {
    ShingleIndex index = K.shingles();
    int[] hits = index.hits(index.lookup(K.reading().tokenize(text)));
    for (int t = 0; t < hits.length; t++) {
      if (hits[t] >= 3 && hits[t] >= TextMatcher.MIN_CONTAINMENT * index.count(t)) {
        return true;
      }
    }
    return false;
  }

  private static void assertSameWords(Tokens tokens, WordSet lean) {
    WordSet all = WordSet.of(tokens, K.wordIds().size());
    assertEquals(all.size(), lean.size());
    for (int i = 0; i < all.size(); i++) {
      assertTrue(lean.has(all.get(i)), "missing word " + K.wordIds().word(all.get(i)));
    }
  }
}
