package io.provscan.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Names the main language of a text. Scripts that settle the question (Han, Kana, Hangul, Thai,
 * Greek, Hebrew, …) are counted directly; everything else goes to Apache OpenNLP's language
 * detector (103 languages; the model Tika ships), asked once on a bounded sample: its cost grows
 * with the text, and Tika's probing wrapper asks it many times. Thread-safe: each thread keeps its
 * own detector over the one shared model.
 */
public final class LanguageGuesser {
  /** Characters of text sampled: {@value}. */
  static final int SAMPLE_CHARS = 2000;

  /** Characters handed to OpenNLP: {@value}; its accuracy is flat past a few hundred. */
  static final int MODEL_CHARS = 200;

  /** The model file inside tika-langdetect-opennlp. */
  static final String MODEL = "/opennlp-langdetect-20210413.bin";

  /**
   * How much likelier the best language must be than the runner-up: {@value}. The model spreads
   * probability over 103 languages, so absolute values stay small; the margin is what tells.
   */
  static final double MIN_MARGIN = 1.15;

  private static volatile LanguageDetectorModel model;

  /** Letters needed before any guess is made: {@value}. */
  static final int MIN_LETTERS = 10;

  private static final Map<String, String> ISO3_TO_1 = iso3To1();

  private final ThreadLocal<LanguageDetectorME> detector =
      ThreadLocal.withInitial(() -> new LanguageDetectorME(model()));

  /**
   * Starts loading the model (about 2 s) on a thread of its own, so that it overlaps the start of a
   * scan instead of stalling the first workers that need it.
   */
  public static void preload() {
    new io.provscan.internal.NamedThreadFactory("provscan-langmodel")
        .newThread(LanguageGuesser::model)
        .start();
  }

  /** Returns the ISO 639-1 code (639-3 where there is none), or null when unsure. */
  public String guess(String text) {
    ScriptCounts counts = ScriptCounts.of(text, SAMPLE_CHARS);
    if (counts.letters() < MIN_LETTERS) {
      return null;
    }
    String byScript = counts.decisiveLanguage();
    if (byScript != null) {
      return byScript;
    }
    if (EnglishShortcut.isEnglish(text, SAMPLE_CHARS)) {
      return "en";
    }
    return model(counts.sample(MODEL_CHARS));
  }

  private String model(String sample) {
    Language[] ranked = detector.get().predictLanguages(sample);
    if (ranked.length == 0) {
      return null;
    }
    if (ranked.length > 1 && ranked[0].getConfidence() < ranked[1].getConfidence() * MIN_MARGIN) {
      return null;
    }
    return toIso(ranked[0].getLang());
  }

  /** Maps OpenNLP's codes ({@code eng}, {@code zho-simp}, {@code hin-rom}) to short ones. */
  static String toIso(String code) {
    String base = code;
    String suffix = "";
    int dash = code.indexOf('-');
    if (dash > 0) {
      base = code.substring(0, dash);
      suffix = code.endsWith("-rom") ? "-Latn" : "";
    }
    String iso = ISO3_TO_1.getOrDefault(base, base);
    return iso + suffix;
  }

  private static Map<String, String> iso3To1() {
    Map<String, String> map = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        map.put(new Locale(two).getISO3Language(), two);
      } catch (java.util.MissingResourceException e) {
        // a two-letter code without a three-letter form: nothing to map
      }
    }
    // Individual languages OpenNLP names where ISO 639-1 has the macrolanguage.
    map.putAll(
        Map.of(
            "cmn", "zh", "pes", "fa", "lvs", "lv", "ekk", "et", "zsm", "ms", "arb", "ar", "gug",
            "gn", "quz", "qu", "nan", "zh-nan", "knn", "kok"));
    return Map.copyOf(map);
  }

  private static LanguageDetectorModel model() {
    LanguageDetectorModel m = model;
    if (m == null) {
      synchronized (LanguageGuesser.class) {
        if (model == null) {
          model = load();
        }
        m = model;
      }
    }
    return m;
  }

  private static LanguageDetectorModel load() {
    try (InputStream in = LanguageGuesser.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IOException(MODEL + " is not on the class path");
      }
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OpenNLP language model", e);
    }
  }
}
