package io.provscan.detect.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The keyword pass: where a lexicon term matches (whole ASCII words, any case of the text; Chinese
 * terms anywhere), and that the walk from word starts finds exactly what the definition says, hit
 * for hit and in the same order, on texts made of the bundled lexicon's own terms.
 */
class KeywordsTest {
  private static final Map<String, Long> TERMS =
      Map.of(
          "tel", 1L,
          "phone", 2L,
          "telephone", 4L,
          "he", 8L,
          "card", 16L,
          "card number", 32L,
          "credit card", 64L,
          "year-old", 128L,
          "身份证", 256L,
          "身份证号码", 512L);

  private static final Keywords SMALL = new Keywords(TERMS);

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "tel | 0-3", // the whole text
        "Tel: 010 | 0-3", // at the start, any case
        "call (TEL) now | 6-9", // after punctuation
        "a 5-year-old boy | 4-12", // a term with a hyphen, after one
        "hotel | ''", // not at the end of a word
        "tell | ''", // not at the start of a word
        "the hello | ''", // neither inside nor at the start of longer words
        "tel2 tel_x | ''", // digits and underscores continue a word
        "x-tel. | 2-5", // a hyphen or a dot ends a word
        "telephone | 0-9", // the longer term; its parts are inside it
        "his card number | 4-8 4-15", // overlapping terms that end apart
        "credit card number | 7-11 0-11 7-18", // by end, the shortest first where ends meet
        "我的身份证号码是 | 2-5 2-7", // Chinese terms need no boundary
        "ab身份证tel | 2-5 5-8", // English after Chinese starts a word
        "he身份证 | 0-2 2-5", // and Chinese after English ends one
      })
  void findsTermsAtWordBoundaries(String text, String expected) {
    assertEquals(expected, spans(SMALL.find(text)));
  }

  @Test
  void hitsCarryTheirTermsRoles() {
    KeywordHits hits = SMALL.find("Credit Card");
    assertEquals("7-11 0-11", spans(hits));
    assertEquals(16L, hits.role(0));
    assertEquals(64L, hits.role(1));
  }

  @Test
  void termsThatCanNeverMatchAreLeftOutAtLoad() {
    assertFalse(KeywordTrie.canMatch("ID")); // text is folded to lower case, terms are not
    assertFalse(KeywordTrie.canMatch("u.s.")); // a dot ends every match
    assertFalse(KeywordTrie.canMatch(""));
    assertTrue(KeywordTrie.canMatch("year-old"));
    assertTrue(KeywordTrie.canMatch("身份证"));
    Keywords keywords = new Keywords(Map.of("ID", 1L, "u.s.", 2L, "id", 4L));
    assertEquals("0-2 9-11", spans(keywords.find("ID, u.s. id")));
  }

  @Test
  void matchesTheDefinitionOnTextsOfTheBundledLexicon() {
    Map<String, Long> lexicon = Lexicon.bundled();
    Keywords keywords = new Keywords(lexicon);
    List<String> terms = new ArrayList<>(lexicon.keySet());
    Random random = new Random(11);
    String[] glue = {" ", "", "-", ". ", "x", "_", "9", "\n", "'", "的", "，", "é"};
    for (int t = 0; t < 300; t++) {
      StringBuilder text = new StringBuilder();
      while (text.length() < 300) {
        String term = terms.get(random.nextInt(terms.size()));
        text.append(random.nextInt(4) == 0 ? term.toUpperCase(java.util.Locale.ROOT) : term);
        text.append(glue[random.nextInt(glue.length)]);
      }
      String s = text.toString();
      assertEquals(definition(lexicon, s), hits(keywords.find(s)), s);
    }
  }

  /** The hits the rule defines, by brute force: every term at every offset. */
  private static List<String> definition(Map<String, Long> terms, String text) {
    TreeMap<Long, String> sorted = new TreeMap<>();
    for (Map.Entry<String, Long> e : terms.entrySet()) {
      String term = e.getKey();
      for (int b = 0; b + term.length() <= text.length(); b++) {
        int end = b + term.length();
        if (KeywordTrie.canMatch(term) && reads(text, b, term) && whole(text, b, end)) {
          sorted.put(
              (long) end << 32 | (Integer.MAX_VALUE - b), b + "-" + end + ":" + e.getValue());
        }
      }
    }
    return new ArrayList<>(sorted.values());
  }

  private static boolean reads(String text, int begin, String term) {
    for (int k = 0; k < term.length(); k++) {
      char c = text.charAt(begin + k);
      if ((Chars.upper(c) ? (char) (c + 32) : c) != term.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean whole(String text, int begin, int end) {
    boolean startsInside = begin > 0 && word(text.charAt(begin)) && word(text.charAt(begin - 1));
    boolean endsInside =
        end < text.length() && word(text.charAt(end - 1)) && word(text.charAt(end));
    return !startsInside && !endsInside;
  }

  private static boolean word(char c) {
    return c < 128 && Chars.word(c);
  }

  private static List<String> hits(KeywordHits hits) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      out.add(hits.begin(i) + "-" + hits.end(i) + ":" + hits.role(i));
    }
    return out;
  }

  private static String spans(KeywordHits hits) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < hits.size(); i++) {
      out.append(i == 0 ? "" : " ").append(hits.begin(i)).append('-').append(hits.end(i));
    }
    return out.toString();
  }
}
