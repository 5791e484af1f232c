package io.provscan.detect.optout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.provscan.detect.DetectorInput;
import io.provscan.detect.OptOut;
import io.provscan.detect.OptOut.Signal;
import io.provscan.sitepolicy.SiteSource;
import io.provscan.source.HttpInfo;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bing's and Amazonbot's {@code noarchive}, read from headers and meta tags. */
class NoArchiveTest {
  private static final OptOutDetector DETECTOR =
      new OptOutDetector(SiteSource.none(), AgentRegistry.defaults());

  /** Each case: an X-Robots-Tag value, then the noarchive signals as agents ("-" for none). */
  @ParameterizedTest(name = "X-Robots-Tag: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "noarchive | bingbot+Amazonbot",
        "NOARCHIVE, noindex | bingbot+Amazonbot",
        "bingbot: noarchive | bingbot",
        "Amazonbot: noarchive | Amazonbot",
        "googlebot: noarchive | -",
        "noindex, nofollow | -",
        "nocache | -",
        "noarchive, googlebot: noarchive | bingbot+Amazonbot",
        "GPTBot: noindex, noarchive | -",
      })
  void reservesTrainingForBingAndAmazonbotWhenTheHeaderSaysNoarchive(
      String value, String expected) {
    OptOut o = judge(header(value), Map.of());
    assertEquals(expected, agents(o));
    assertEquals(!expected.equals("-"), o.reserved());
  }

  /** Each case: a meta tag name and content, then the noarchive signals as agents. */
  @ParameterizedTest(name = "<meta name={0} content={1}> -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "robots | noarchive | bingbot+Amazonbot",
        "X-Robots-Tag | noarchive | bingbot+Amazonbot",
        "bingbot | noarchive | bingbot",
        "googlebot | noarchive | -",
        "robots | noindex | -",
      })
  void readsTheRobotsMetaTagsBingReads(String name, String content, String expected) {
    assertEquals(expected, agents(judge(null, Map.of(name, List.of(content)))));
  }

  @ParameterizedTest(name = "X-Robots-Tag: {0}")
  @CsvSource({"'noai, noarchive'", "'noai, bingbot: noarchive'"})
  void leavesTheNoaiSignalsAsTheyWere(String value) {
    OptOut o = judge(header(value), Map.of());
    List<String> types = o.signals().stream().map(Signal::type).toList();
    assertEquals(List.of(Signals.X_ROBOTS_TAG, NoArchive.TYPE), types);
    assertEquals("noai", o.signals().get(0).value());
  }

  private static HttpInfo header(String value) {
    return new HttpInfo(200, Map.of("X-Robots-Tag", List.of(value)));
  }

  private static OptOut judge(HttpInfo http, Map<String, List<String>> metadata) {
    String url = "https://example.org/page.html";
    DetectorInput input = new DetectorInput(url, url, http, "text/html", null, "", metadata);
    return DETECTOR.detect(input).optOut();
  }

  private static String agents(OptOut o) {
    String found =
        o.signals().stream()
            .filter(s -> s.type().equals(NoArchive.TYPE))
            .map(s -> String.join("+", s.agents()))
            .collect(Collectors.joining(" "));
    return found.isEmpty() ? "-" : found;
  }
}
