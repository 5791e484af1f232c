package io.provscan.detect.optout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobotsTagTest {
  /** Each case: value, then the directives found as agent/directive ("*" for every agent). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "noai | */noai",
        "noai, noimageai | */noai */noimageai",
        "NoAI | */noai",
        "noindex, nofollow | ''",
        "noarchive | ''",
        "GPTBot: noai | GPTBot/noai",
        "GPTBot: noindex, noai | GPTBot/noai",
        "googlebot: noindex | ''",
        "unavailable_after: 25 Jun 2010 15:00:00 PST, noai | */noai",
        "max-snippet: 20, noimageai | */noimageai",
        "noai, CCBot: noimageai | */noai CCBot/noimageai",
        "'' | ''"
      })
  void findsAiDirectives(String value, String expected) {
    String found =
        RobotsTag.parse(value, null).stream()
            .map(d -> (d.agent() == null ? "*" : d.agent()) + "/" + d.directive())
            .collect(Collectors.joining(" "));
    assertEquals(expected, found);
  }
}
