package io.provscan.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast n-gram features must be OpenNLP's own, in OpenNLP's order, and the language guessed from
 * them must be the one OpenNLP's detector gives, on texts in many languages and on the odd ones
 * (emoji, URLs, mentions, digits, runs of one letter, letters outside the Basic Multilingual Plane,
 * dotted capital I, final sigma).
 */
class NGramFeaturesTest {
  private static final String[] WORDS = {
    "the",
    "and",
    "which",
    "licence",
    "Software",
    "Straße",
    "Übersetzung",
    "für",
    "ÄRGER",
    "mañana",
    "año",
    "niño",
    "está",
    "français",
    "été",
    "garçon",
    "Œuvre",
    "İstanbul",
    "ılık",
    "çğşö",
    "ΟΔΥΣΣΕΥΣ",
    "σοφός",
    "Σοφία",
    "Москва",
    "ПРИВЕТ",
    "язык",
    "Việt",
    "Nam",
    "tiếng",
    "Łódź",
    "żółw",
    "ĉeĥo",
    "ČESKÝ",
    "jazyk",
    "één",
    "zeeën",
    "ÅÄÖ",
    "smörgåsbord",
    "Ƕ",
    "Ǆemal",
    "ǅ",
    "ﬁnance",
    "Kelvin\u212A",
    "Ångström\u212B",
    "\u0130",
    "\u03A3",
    "ϐ",
    "ẞ",
    "中文",
    "日本語",
    "한국어",
    "ไทย",
    "עברית",
    "العربية",
    "हिन्दी",
    "ᏣᎳᎩ",
    "ꙮ",
    "ＦＵＬＬ",
    "1234",
    "3.14",
    "http://example.org/a?b=c",
    "www.example.com",
    "user@example.org",
    "@someone",
    "#tag",
    "aaaaaaa",
    "!!!!",
    "...",
    "--",
    "\t",
    "\n",
    "  "
  };

  /** Emoji, letters outside the Basic Multilingual Plane, lone surrogates: OpenNLP's own path. */
  private static final String[] SURROGATES = {
    "\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD", "\uD801\uDC00", "\uD801\uDC28", "\uD83C", "\uDC00"
  };

  private static final String[] PROSE = {
    "Der schnelle braune Fuchs springt über den faulen Hund und läuft in den Wald zurück.",
    "Le renard brun rapide saute par-dessus le chien paresseux et retourne dans la forêt.",
    "El rápido zorro marrón salta sobre el perro perezoso y vuelve al bosque.",
    "De snelle bruine vos springt over de luie hond en rent terug naar het bos.",
    "Szybki brązowy lis przeskakuje nad leniwym psem i wraca do lasu.",
    "Быстрая коричневая лиса прыгает через ленивую собаку и возвращается в лес.",
    "Il veloce volpe marrone salta sopra il cane pigro e torna nella foresta.",
    "A rápida raposa marrom pula sobre o cão preguiçoso e volta para a floresta.",
    "Hızlı kahverengi tilki tembel köpeğin üzerinden atlar ve ormana geri döner.",
    "Con cáo nâu nhanh nhẹn nhảy qua con chó lười và chạy về rừng.",
    "Rychlá hnědá liška skáče přes líného psa a vrací se do lesa.",
    "Den snabba bruna räven hoppar över den lata hunden och springer tillbaka.",
  };

  private static LanguageDetectorModel model;

  @BeforeAll
  static void loadModel() throws Exception {
    try (var in = LanguageGuesser.class.getResourceAsStream(LanguageGuesser.MODEL)) {
      model = new LanguageDetectorModel(in);
    }
  }

  @Test
  void featuresAreOpenNlpsInOpenNlpsOrder() {
    LanguageDetectorContextGenerator reference =
        new LanguageDetectorFactory().getContextGenerator();
    NGramFeatures fast = new NGramFeatures();
    int fastPath = 0;
    for (String text : samples()) {
      assertArrayEquals(
          reference.getContext(text), fast.getContext(text), () -> "features of " + text);
      if (NGramFeatures.lowerCaseInPlane(text) != null) {
        fastPath++;
      }
    }
    assertTrue(fastPath > samples().size() / 2, "the fast path was taken " + fastPath + " times");
  }

  @Test
  void guessesAreOpenNlpsGuesses() {
    LanguageDetectorME detector = new LanguageDetectorME(model);
    LanguageGuesser guesser = new LanguageGuesser();
    Set<String> named = new HashSet<>();
    for (String text : samples()) {
      String expected = reference(detector.predictLanguages(text));
      assertEquals(expected, guesser.model(text), () -> "language of " + text);
      if (expected != null) {
        named.add(expected);
      }
    }
    assertTrue(
        named.containsAll(Set.of("de", "fr", "es", "pl", "ru", "tr", "vi")), named::toString);
  }

  @Test
  void surrogatesAndLowerCasesOutsideThePlaneLeaveTheFastPath() {
    assertNull(NGramFeatures.lowerCaseInPlane("smile \uD83D\uDE00"));
    assertNull(NGramFeatures.lowerCaseInPlane("Deseret \uD801\uDC00"));
    // one character for one: no dot above after the i, no final sigma
    assertEquals("istanbul straße σοφόσ", NGramFeatures.lowerCaseInPlane("İSTANBUL STRAßE ΣΟΦΌΣ"));
  }

  /** What {@link LanguageGuesser} made of OpenNLP's ranking before it asked the model itself. */
  private static String reference(Language[] ranked) {
    if (ranked.length == 0) {
      return null;
    }
    if (ranked.length > 1
        && ranked[0].getConfidence() < ranked[1].getConfidence() * LanguageGuesser.MIN_MARGIN) {
      return null;
    }
    return LanguageGuesser.toIso(ranked[0].getLang());
  }

  private static List<String> samples;

  private static List<String> samples() {
    if (samples != null) {
      return samples;
    }
    List<String> out = new ArrayList<>(List.of(PROSE));
    out.add("");
    Random random = new Random(20261205L);
    for (int i = 0; i < 1500; i++) {
      StringBuilder text = new StringBuilder();
      int words = random.nextInt(40);
      for (int w = 0; w < words; w++) {
        text.append(WORDS[random.nextInt(WORDS.length)])
            .append(random.nextInt(5) == 0 ? ", " : " ");
      }
      if (random.nextInt(10) == 0) {
        text.insert(
            random.nextInt(text.length() + 1), SURROGATES[random.nextInt(SURROGATES.length)]);
      }
      if (random.nextBoolean()) {
        text.append(PROSE[random.nextInt(PROSE.length)]);
      }
      if (random.nextInt(4)
          == 0) { // a few characters from anywhere in the Basic Multilingual Plane
        for (int c = random.nextInt(20); c > 0; c--) {
          text.append((char) random.nextInt(Character.MAX_VALUE + 1));
        }
      }
      out.add(
          text.length() > LanguageGuesser.MODEL_CHARS * 2
              ? text.substring(0, 400)
              : text.toString());
    }
    samples = out;
    return out;
  }
}
