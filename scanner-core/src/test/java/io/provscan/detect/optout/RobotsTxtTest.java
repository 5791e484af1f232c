package io.provscan.detect.optout;

import static io.provscan.detect.optout.Policies.file;
import static io.provscan.detect.optout.Policies.only;
import static io.provscan.detect.optout.Policies.robots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.detect.OptOut.Signal;
import io.provscan.sitepolicy.PolicyKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobotsTxtTest {
  private static final String PAGE = "https://site.example/articles/one.html";

  private static Signal one(List<Signal> signals, String type) {
    List<Signal> of = signals.stream().filter(s -> s.type().equals(type)).toList();
    assertEquals(1, of.size(), signals.toString());
    return of.get(0);
  }

  @Test
  void matchesAnAgentWrittenWithCapitalsAlthoughCrawlerCommonsWantsLowerCase() {
    Signal s = one(robots("User-agent: GPTBot\nDisallow: /\n", only("GPTBot"), PAGE), "robots-txt");
    assertEquals("disallow", s.value());
    assertEquals("reserves", s.effect());
    assertEquals(List.of("GPTBot"), s.agents());
    assertEquals("Disallow: / (User-agent: GPTBot)", s.evidence());
    assertEquals("https://site.example/robots.txt", s.source());
  }

  @Test
  void judgesEachAgentByItsOwnGroupNotMergedWithOthers() {
    String txt = "User-agent: GPTBot\nDisallow: /\n\nUser-agent: CCBot\nAllow: /\n";
    List<Signal> signals = robots(txt, only("GPTBot", "CCBot"), PAGE);
    assertEquals(2, signals.size(), signals.toString());
    assertEquals("disallow", signals.get(0).value());
    assertEquals(List.of("GPTBot"), signals.get(0).agents());
    assertEquals("allow", signals.get(1).value());
    assertEquals(List.of("CCBot"), signals.get(1).agents());
  }

  @Test
  void anAgentGroupReplacesTheStarGroup() {
    String txt = "User-agent: *\nDisallow: /\n\nUser-agent: GPTBot\nDisallow: /private/\n";
    assertTrue(Policies.allowed(txt, "GPTBot", PAGE));
    assertFalse(Policies.allowed(txt, "CCBot", PAGE));
  }

  @Test
  void agentsWithTheSameRulesShareOneSignal() {
    String txt = "User-agent: GPTBot\nUser-agent: CCBot\nDisallow: /articles/\n";
    Signal s =
        one(robots(txt, only("GPTBot", "CCBot", "ClaudeBot"), PAGE).subList(0, 1), "robots-txt");
    assertEquals(List.of("GPTBot", "CCBot"), s.agents());
    assertEquals("Disallow: /articles/ (User-agent: GPTBot, CCBot)", s.evidence());
  }

  @Test
  void agentsLeftToTheStarGroupAreNotListedOneByOne() {
    String txt = "User-agent: *\nDisallow: /articles/\n";
    Signal s = one(robots(txt, only("GPTBot", "CCBot", "ClaudeBot"), PAGE), "robots-txt");
    assertEquals(List.of(), s.agents(), "empty: every agent without a group of its own");
    assertEquals("disallow", s.value());
    assertEquals("Disallow: /articles/ (User-agent: *)", s.evidence());
  }

  @ParameterizedTest(name = "Allow {0} vs Disallow {1} -> allowed={2}")
  @CsvSource({
    "/articles/, /articles/, true",
    "/articles/, /articles/one, false",
    "/articles/one, /articles/, true",
    "/articles/one.html, /*.html, true",
    "/art, /*.html, false"
  })
  void longestMatchWinsAndAllowWinsTies(String allow, String disallow, boolean expected) {
    String txt = "User-agent: gptbot\nAllow: " + allow + "\nDisallow: " + disallow + "\n";
    assertEquals(expected, Policies.allowed(txt, "GPTBot", PAGE));
  }

  @ParameterizedTest(name = "HTTP {0}")
  @CsvSource({
    "404, allow, allows",
    "410, allow, allows",
    "500, disallow, reserves",
    "503, disallow, reserves"
  })
  void statusOtherThan2xxFollowsRfc9309(int status, String value, String effect) {
    ParsedRobotsTxt r =
        ParsedRobotsTxt.of(
            file(
                PolicyKind.ROBOTS_TXT,
                "https://site.example/robots.txt",
                status,
                "User-agent: *\nDisallow: /\n"),
            only("GPTBot"));
    Signal s = one(r.judge("/articles/one.html", PAGE), "robots-txt");
    assertEquals(value, s.value());
    assertEquals(effect, s.effect());
    assertTrue(s.evidence().contains("RFC 9309"), s.evidence());
  }

  @Test
  void readsUtf8BomCrlfAndMixedCaseDirectives() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    b.write(
        "uSeR-AgEnT: GPTBot\r\nDISALLOW: /articles/\r\nCONTENT-signal: AI-Train=No\r\n"
            .getBytes(StandardCharsets.UTF_8));
    ParsedRobotsTxt r =
        ParsedRobotsTxt.of(
            file(PolicyKind.ROBOTS_TXT, "https://site.example/robots.txt", 200, b.toByteArray()),
            only("GPTBot"));
    List<Signal> signals = r.judge("/articles/one.html", PAGE);
    assertEquals("disallow", one(signals, "robots-txt").value());
    assertEquals("ai-train=no", one(signals, "content-signal").value());
    assertEquals(List.of("GPTBot"), one(signals, "content-signal").agents());
  }

  @Test
  void readsUtf16WithItsByteOrderMark() {
    byte[] text = "User-agent: GPTBot\nDisallow: /\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[text.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(text, 0, withBom, 2, text.length);
    ParsedRobotsTxt r =
        ParsedRobotsTxt.of(
            file(PolicyKind.ROBOTS_TXT, "https://site.example/robots.txt", 200, withBom),
            only("GPTBot"));
    assertEquals("disallow", one(r.judge("/a", PAGE), "robots-txt").value());
  }

  @Test
  void readsCloudflareContentSignalsInTheStarGroup() {
    String txt =
        "# As a condition of accessing this website, you agree to abide by the following content"
            + " signals\nUser-Agent: *\nContent-signal: search=yes,ai-train=no\nAllow: /\n\n"
            + "User-agent: GPTBot\nDisallow: /\n";
    List<Signal> signals = robots(txt, only("GPTBot", "CCBot"), PAGE);
    Signal cs = one(signals, "content-signal");
    assertEquals("ai-train=no", cs.value());
    assertEquals(List.of(), cs.agents());
    assertEquals("reserves", cs.effect());
    assertTrue(cs.evidence().contains("(User-agent: *)"), cs.evidence());
  }

  @Test
  void aContentSignalThatAllowsTrainingAllows() {
    Signal cs =
        one(
            robots("User-agent: *\nContent-Signal: ai-train=yes\n", only("CCBot"), PAGE),
            "content-signal");
    assertEquals("allows", cs.effect());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/articles/one.html | reserves | train-ai=n",
        "/ai-ok/page.html | allows | train-ai=y",
        "/ai-ok/both.html | reserves | train-ai=n"
      })
  void contentUsageRulesMatchByLongestPathThenMostRestrictive(
      String path, String effect, String value) {
    String txt =
        "User-Agent: *\nAllow: /\nDisallow: /never/\nContent-Usage: train-ai=n\n"
            + "Content-Usage: /ai-ok/ train-ai=y\nContent-Usage: /ai-ok/both.html train-ai=y\n"
            + "Content-Usage: /ai-ok/both.html train-ai=n   # conflict\n";
    Signal cu = one(robots(txt, only("CCBot"), "https://site.example" + path), "content-usage");
    assertEquals(effect, cu.effect());
    assertEquals(value, cu.value());
  }

  @Test
  void contentLinesBeforeAnyGroupSpeakToEveryone() {
    Signal cs =
        one(
            robots("Content-Signal: ai-train=no\n\nUser-agent: *\nAllow: /\n", only("CCBot"), PAGE),
            "content-signal");
    assertEquals("reserves", cs.effect());
    assertTrue(cs.evidence().contains("before any User-agent"), cs.evidence());
  }

  /** "Consent in Crisis" classification (all / some / none) per agent. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User-agent: GPTBot\\nDisallow: /\\n | ALL",
        "User-agent: *\\nDisallow: /\\n | ALL",
        "User-agent: GPTBot\\nDisallow: /\\nAllow: /public/\\n | SOME",
        "User-agent: GPTBot\\nDisallow: /private/\\n | SOME",
        "User-agent: GPTBot\\nDisallow:\\n | NONE",
        "User-agent: GPTBot\\nDisallow: /\\nAllow: /\\n | NONE",
        "User-agent: GPTBot\\nDisallow: /search?q=\\n | NONE",
        "User-agent: CCBot\\nDisallow: /\\n | NONE",
        "'' | NONE"
      })
  void classifiesBlockingAsTheConsentInCrisisAudit(String txt, Blocking expected) {
    AgentRegistry gpt = only("GPTBot");
    ParsedRobotsTxt r =
        ParsedRobotsTxt.of(
            file(
                PolicyKind.ROBOTS_TXT,
                "https://site.example/robots.txt",
                200,
                txt.replace("\\n", "\n")),
            gpt);
    assertEquals(expected, r.classify(gpt.all().get(0)));
  }

  @Test
  void anUnreachableRobotsTxtBlocksFullyAndAMissingOneNot() {
    AgentRegistry gpt = only("GPTBot");
    String url = "https://site.example/robots.txt";
    assertEquals(
        Blocking.ALL,
        ParsedRobotsTxt.of(file(PolicyKind.ROBOTS_TXT, url, 503, ""), gpt)
            .classify(gpt.all().get(0)));
    assertEquals(
        Blocking.NONE,
        ParsedRobotsTxt.of(file(PolicyKind.ROBOTS_TXT, url, 404, ""), gpt)
            .classify(gpt.all().get(0)));
  }

  @Test
  void evidenceQuotesTheDecidingRule() {
    String txt = "User-agent: gptbot\nAllow: /articles/\nDisallow: /articles/one\n";
    Signal s = one(robots(txt, only("GPTBot"), PAGE), "robots-txt");
    assertEquals("Disallow: /articles/one (User-agent: gptbot)", s.evidence());
  }
}
