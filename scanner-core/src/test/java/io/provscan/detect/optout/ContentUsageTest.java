package io.provscan.detect.optout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentUsageTest {
  @ParameterizedTest(name = "Content-Usage: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "train-ai=n | DISALLOWED | train-ai",
        "train-ai=y | ALLOWED | train-ai",
        "train-ai=n, search=y | DISALLOWED | train-ai",
        "search=y, train-ai=y | ALLOWED | train-ai",
        "train-ai=y, train-ai=n | DISALLOWED | train-ai",
        "train-ai=n;exceptions=cc-cr | DISALLOWED | train-ai",
        "ai=n;exceptions=cc-cr | DISALLOWED | ai",
        "genai=n | DISALLOWED | genai",
        "train-genai=n | DISALLOWED | train-genai",
        "train-ai=y, train-genai=n | DISALLOWED | train-genai",
        "tdm=n | DISALLOWED | tdm",
        "bots=n | DISALLOWED | bots",
        "all=n | DISALLOWED | all",
        "bots=n, train-ai=y | ALLOWED | train-ai",
        "search=n | UNKNOWN | ",
        "train-ai=N | UNKNOWN | ",
        "train-ai=\"n\" | UNKNOWN | ",
        "train-ai=?0 | UNKNOWN | ",
        "Train-AI=n | UNKNOWN | ",
        "train-ai=n, | UNKNOWN | ",
        "train-ai n | UNKNOWN | ",
        "train-ai=n,,search=y | UNKNOWN | ",
        "'' | UNKNOWN | ",
        "foo=bar, train-ai=n | DISALLOWED | train-ai",
        "train-ai=(n) | UNKNOWN | "
      })
  void readsTheTrainingPreference(String value, Preference expected, String label) {
    ContentUsage u = ContentUsage.parse(value);
    assertEquals(expected, u.trainAi(), value);
    assertEquals(label, u.label(), value);
  }

  @Test
  void scopeFollowsTheDecidingLabel() {
    assertEquals("ai-training", ContentUsage.parse("train-ai=n").scope());
    assertEquals("tdm", ContentUsage.parse("tdm=n").scope());
    assertEquals("all", ContentUsage.parse("all=n").scope());
    assertEquals("train-ai=n", ContentUsage.parse("train-ai=n, search=y").value());
  }

  @Test
  void severalStatementsCombineMostRestrictively() {
    assertEquals(
        Preference.DISALLOWED,
        Preference.combine(List.of(Preference.ALLOWED, Preference.DISALLOWED)));
    assertEquals(
        Preference.ALLOWED, Preference.combine(List.of(Preference.ALLOWED, Preference.UNKNOWN)));
    assertEquals(Preference.UNKNOWN, Preference.combine(List.of()));
  }

  @Test
  void aDictionaryWithParametersAndStringsParses() {
    assertTrue(
        StructuredDictionary.parse("a=1;q=0.5, b=\"x\\\"y\", c, d=:AQID:, e=?1").isPresent());
    assertTrue(StructuredDictionary.parse("a=\"unterminated").isEmpty());
    assertTrue(StructuredDictionary.parse("1a=y").isEmpty());
  }
}
