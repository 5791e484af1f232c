package io.provscan.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.DefaultLanguageDetectorContextGenerator;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * The features OpenNLP's language model is asked about: the distinct lower-cased character 1- to
 * 3-grams of the normalised text, made with the normalisers and n-gram lengths of {@code
 * LanguageDetectorFactory#getContextGenerator()}.
 *
 * <p>OpenNLP 2.2 lower-cases every n-gram on its own through an {@code IntStream} of its code
 * points (three quarters of the language guess, and the language guess most of a record's own
 * cost); this lower-cases the text once and cuts the n-grams from it. The features come out the
 * same and in the same order (the order of a {@link HashMap} filled in the same sequence), so the
 * model sums them the same way to the last bit; {@code NGramFeaturesTest} holds it to OpenNLP's own
 * generator. A text holding a surrogate, or a character whose lower case leaves the Basic
 * Multilingual Plane, is handed to OpenNLP's code, where cutting and lower-casing in the other
 * order could differ.
 */
final class NGramFeatures extends DefaultLanguageDetectorContextGenerator {
  private static final Integer ONE = 1;

  NGramFeatures() {
    super(
        1,
        3,
        EmojiCharSequenceNormalizer.getInstance(),
        UrlCharSequenceNormalizer.getInstance(),
        TwitterCharSequenceNormalizer.getInstance(),
        NumberCharSequenceNormalizer.getInstance(),
        ShrinkCharSequenceNormalizer.getInstance());
  }

  @Override
  public String[] getContext(CharSequence document) {
    String lower = lowered(document);
    if (lower == null) {
      return super.getContext(document);
    }
    Map<String, Integer> grams = new HashMap<>();
    int length = lower.length();
    for (int n = minLength; n <= maxLength; n++) {
      for (int i = 0; i + n <= length; i++) {
        grams.putIfAbsent(lower.substring(i, i + n), ONE);
      }
    }
    List<String> context = new ArrayList<>(grams.size());
    context.addAll(grams.keySet());
    return context.toArray(new String[0]);
  }

  /**
   * The text normalised and lower-cased, the string the n-grams are cut from, or null when
   * OpenNLP's own code must cut them (see {@link #lowerCaseInPlane}).
   */
  String lowered(CharSequence document) {
    return lowerCaseInPlane(normalizer.normalize(document));
  }

  /**
   * The text lower-cased character by character, or null when a character is a surrogate or lowers
   * to one outside the Basic Multilingual Plane.
   */
  static String lowerCaseInPlane(CharSequence text) {
    char[] lower = new char[text.length()];
    for (int i = 0; i < lower.length; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        return null;
      }
      int l = Character.toLowerCase((int) c);
      if (l > Character.MAX_VALUE) {
        return null;
      }
      lower[i] = (char) l;
    }
    return new String(lower);
  }
}
