package io.provscan.detect.optout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentSignalTest {
  @ParameterizedTest(name = "Content-Signal: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "search=yes, ai-train=no | DISALLOWED",
        "search=yes,ai-train=no,use=reference | DISALLOWED",
        "  AI-Train = NO  | DISALLOWED",
        "ai-train=yes | ALLOWED",
        "search=yes, ai-input=no | UNKNOWN",
        "ai-train=maybe | UNKNOWN",
        "ai-train=yes, ai-train=no | DISALLOWED",
        "garbage | UNKNOWN",
        "'' | UNKNOWN"
      })
  void readsAiTrain(String value, Preference expected) {
    assertEquals(expected, ContentSignal.parse(value).aiTrain());
  }
}
