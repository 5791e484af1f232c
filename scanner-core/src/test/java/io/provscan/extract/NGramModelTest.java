package io.provscan.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model asked by packed n-gram gives OpenNLP's probabilities (the same features summed in
 * another order, so equal up to rounding), counts an n-gram once however often it occurs, and
 * ignores n-grams the model does not know.
 */
class NGramModelTest {
  private static final List<String> TEXTS =
      List.of(
          "The quick brown fox jumps over the lazy dog and runs back into the forest.",
          "Der schnelle braune Fuchs springt über den faulen Hund.",
          "Le renard brun rapide saute par-dessus le chien paresseux.",
          "Быстрая коричневая лиса прыгает через ленивую собаку.",
          "Permission is hereby granted, free of charge, to any person obtaining a copy",
          "x",
          "");

  private static MaxentModel maxent;
  private static NGramModel grams;
  private static final NGramFeatures FEATURES = new NGramFeatures();

  @BeforeAll
  static void loadModel() throws Exception {
    try (var in = LanguageGuesser.class.getResourceAsStream(LanguageGuesser.MODEL)) {
      maxent = new LanguageDetectorModel(in).getMaxentModel();
    }
    grams = new NGramModel((AbstractModel) maxent);
  }

  @Test
  void givesOpenNlpsProbabilities() {
    for (String text : TEXTS) {
      String[] features = FEATURES.getContext(text);
      float[] ones = new float[features.length];
      Arrays.fill(ones, 1f);
      double[] expected = maxent.eval(features, ones);
      double[] actual = grams.eval(FEATURES.lowered(text));
      assertEquals(expected.length, actual.length);
      for (int o = 0; o < expected.length; o++) {
        assertEquals(expected[o], actual[o], expected[o] * 1e-9, text + ": outcome " + o);
      }
    }
  }

  @Test
  void countsAnNGramOnce() {
    assertArrayEquals(grams.eval("ab ab ab ab"), grams.eval("ab ab"));
  }

  @Test
  void unknownNGramsLeaveTheUniformPrior() {
    double[] none = grams.eval("");
    double[] unknown = grams.eval("\u4dc0\u4dc1\u4dc2");
    assertArrayEquals(none, unknown);
    assertEquals(1.0 / maxent.getNumOutcomes(), none[0], 1e-15);
    assertTrue(grams.eval("the")[maxent.getIndex("eng")] > none[0]);
  }
}
