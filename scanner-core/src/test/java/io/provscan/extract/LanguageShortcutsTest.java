package io.provscan.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The counting shortcuts of the language guess against their plain definitions. */
class LanguageShortcutsTest {
  private static final Set<Character.UnicodeScript> COUNTED =
      EnumSet.of(
          Character.UnicodeScript.HAN,
          Character.UnicodeScript.HIRAGANA,
          Character.UnicodeScript.KATAKANA,
          Character.UnicodeScript.HANGUL,
          Character.UnicodeScript.THAI,
          Character.UnicodeScript.GREEK,
          Character.UnicodeScript.HEBREW);

  @Test
  void noCharacterBeforeGreekBelongsToACountedScript() {
    for (char c = 0; c < ScriptCounts.FIRST_COUNTED; c++) {
      String name = "U+" + Integer.toHexString(c);
      assertFalse(COUNTED.contains(Character.UnicodeScript.of(c)), name);
    }
    assertTrue(COUNTED.contains(Character.UnicodeScript.of(ScriptCounts.FIRST_COUNTED)));
  }

  @Test
  void scriptCountsMatchTheDefinitionOnEveryCharacter() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      all.append(c);
    }
    ScriptCounts counts = ScriptCounts.of(all.toString(), all.length());
    int letters = 0;
    int greek = 0;
    int han = 0;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (Character.isLetter(c)) {
        letters++;
        greek += Character.UnicodeScript.of(c) == Character.UnicodeScript.GREEK ? 1 : 0;
        han += Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 1 : 0;
      }
    }
    assertEquals(letters, counts.letters());
    assertEquals(greek, counts.greek());
    assertEquals(han, counts.han());
  }

  @Test
  void englishWordsAreFoundWithoutStrings() {
    for (String word : EnglishShortcut.WORDS) {
      assertEquals(EnglishShortcut.key(word), EnglishShortcut.key(word.toUpperCase(Locale.ROOT)));
    }
    assertNotEquals(EnglishShortcut.key("a"), EnglishShortcut.key("aa"));
    assertNotEquals(EnglishShortcut.key("the"), EnglishShortcut.key("tha"));
  }

  @Test
  void englishShortcutDecidesAsTheWordSetDoes() {
    String[] words = {
      "the", "The", "THE", "and", "of", "to", "it", "by", "or", "was", "there", "These", "their",
      "de", "het", "und", "der", "les", "thee", "them", "theory", "a", "an", "in", "Straße",
          "kernel",
      "process", "file", "x", "ORS", "its", "Has"
    };
    Random random = new Random(7);
    for (int n = 0; n < 3000; n++) {
      StringBuilder text = new StringBuilder();
      for (int w = random.nextInt(60); w > 0; w--) {
        text.append(words[random.nextInt(words.length)])
            .append(random.nextInt(6) == 0 ? ". " : " ");
      }
      String t = text.toString();
      assertEquals(reference(t, 2000), EnglishShortcut.isEnglish(t, 2000), t);
    }
  }

  /** The shortcut as first written: a lower-case string per short word, looked up in the set. */
  private static boolean reference(String text, int maxChars) {
    int words = 0;
    int hits = 0;
    int end = Math.min(text.length(), maxChars);
    int i = 0;
    while (i < end) {
      while (i < end && !ascii(text.charAt(i))) {
        if (Character.isLetter(text.charAt(i))) {
          return false;
        }
        i++;
      }
      int start = i;
      while (i < end && ascii(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words++;
        String word = text.substring(start, i).toLowerCase(Locale.ROOT);
        if (i - start <= 5 && EnglishShortcut.WORDS.contains(word)) {
          hits++;
        }
      }
    }
    return hits >= EnglishShortcut.MIN_HITS && hits >= words * EnglishShortcut.MIN_SHARE;
  }

  private static boolean ascii(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
