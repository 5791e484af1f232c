package io.provscan.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Names the main language of a text. Scripts that settle the question (Han, Kana, Hangul, Thai,
 * Greek, Hebrew, …) are counted directly; everything else goes to Apache OpenNLP's language
 * detector (103 languages; the model Tika ships), asked once on a bounded sample: its cost grows
 * with the text, and Tika's probing wrapper asks it many times. The model is asked for the features
 * {@code LanguageDetectorME#predictLanguages} asks about (those of {@link NGramFeatures}), looked
 * up by packed n-gram in {@link NGramModel} without a string per n-gram, and only the best two
 * outcomes are looked at. Thread-safe: the model and the feature maker hold no state per call.
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

  private static volatile NGramModel grams;

  /** Letters needed before any guess is made: {@value}. */
  static final int MIN_LETTERS = 10;

  private static final Map<String, String> ISO3_TO_1 = iso3To1();

  private static final NGramFeatures FEATURES = new NGramFeatures();

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

  String model(String sample) {
    MaxentModel maxent = model().getMaxentModel();
    String lower = FEATURES.lowered(sample);
    double[] outcomes = lower != null ? grams.eval(lower) : openNlp(maxent, sample);
    return best(maxent, outcomes);
  }

  /** The model asked as LanguageDetectorME asks it, for a text NGramModel cannot take. */
  private static double[] openNlp(MaxentModel maxent, String sample) {
    // As LanguageDetectorME: the features go through a counting map, and its order is the order
    // the model sums them in.
    Map<String, Integer> counted = new HashMap<>();
    for (String feature : FEATURES.getContext(sample)) {
      counted.putIfAbsent(feature, 1);
    }
    String[] features = counted.keySet().toArray(new String[0]);
    float[] values = new float[features.length];
    Arrays.fill(values, 1f);
    return maxent.eval(features, values);
  }

  private static String best(MaxentModel maxent, double[] outcomes) {
    if (outcomes.length == 0) {
      return null;
    }
    // The first two of a stable sort by descending probability: ties go to the lower index.
    int best = 0;
    int second = -1;
    for (int i = 1; i < outcomes.length; i++) {
      if (Double.compare(outcomes[i], outcomes[best]) > 0) {
        second = best;
        best = i;
      } else if (second < 0 || Double.compare(outcomes[i], outcomes[second]) > 0) {
        second = i;
      }
    }
    if (second >= 0 && outcomes[best] < outcomes[second] * MIN_MARGIN) {
      return null;
    }
    return toIso(maxent.getOutcome(best));
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
          LanguageDetectorModel loaded = load();
          grams = new NGramModel((AbstractModel) loaded.getMaxentModel());
          model = loaded;
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
