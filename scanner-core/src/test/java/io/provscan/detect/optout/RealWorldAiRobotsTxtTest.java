package io.provscan.detect.optout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.provscan.detect.OptOut.Signal;
import io.provscan.sitepolicy.PolicyKind;
import io.provscan.testing.Fixtures;
import io.provscan.testing.RealWorld;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The real ai.robots.txt files ({@code shared/realworld/optout/ai-robots-txt}, MIT): the project's
 * registry is built from the facts of {@code robots.json}, and the generated {@code robots.txt}
 * (one group of 166 user-agent lines and {@code Disallow: /}) must block every registered agent.
 */
@RealWorld
class RealWorldAiRobotsTxtTest {
  private static final Path DIR = Fixtures.realWorld("optout/ai-robots-txt");

  private static JsonNode robotsJson() throws IOException {
    return new ObjectMapper().readTree(DIR.resolve("robots.json").toFile());
  }

  @Test
  void everyRegisteredTokenIsAKeyOfTheAiRobotsTxtList() throws IOException {
    Set<String> keys = new HashSet<>();
    robotsJson().fieldNames().forEachRemaining(k -> keys.add(k.toLowerCase(Locale.ROOT)));
    assertEquals(166, robotsJson().size());
    for (Agent a : AgentRegistry.defaults().all()) {
      assertTrue(keys.contains(a.robotName()), a.token() + " is not in robots.json");
    }
  }

  @Test
  void theRegistryKeepsTheOperatorTheListNames() throws IOException {
    JsonNode json = robotsJson();
    for (String token : List.of("GPTBot", "ClaudeBot", "CCBot", "Google-Extended", "Bytespider")) {
      String operator = json.get(token).get("operator").asText();
      Agent a = AgentRegistry.defaults().find(token).orElseThrow();
      assertTrue(operator.contains(a.operator()), token + ": " + operator + " vs " + a.operator());
    }
  }

  @Test
  void theGeneratedRobotsTxtBlocksEveryRegisteredAgentFully() throws IOException {
    byte[] body = Files.readAllBytes(DIR.resolve("robots.txt"));
    AgentRegistry registry = AgentRegistry.defaults();
    ParsedRobotsTxt r =
        ParsedRobotsTxt.of(
            Policies.file(PolicyKind.ROBOTS_TXT, "https://www.example.org/robots.txt", 200, body),
            registry);
    for (Agent a : registry.all()) {
      assertEquals(Blocking.ALL, r.classify(a), a.token());
    }
    List<Signal> signals = r.judge("/news/today.html", "https://www.example.org/news/today.html");
    Signal robots = signals.get(0);
    assertEquals(1, signals.size(), "every training agent shares the one group: " + signals);
    assertEquals("disallow", robots.value());
    assertEquals(registry.training().size(), robots.agents().size());
  }

  @Test
  void anAgentTheListDoesNotNameIsNotBlocked() throws IOException {
    byte[] body = Files.readAllBytes(DIR.resolve("robots.txt"));
    AgentRegistry googlebot = Policies.only("Googlebot");
    ParsedRobotsTxt r =
        ParsedRobotsTxt.of(
            Policies.file(PolicyKind.ROBOTS_TXT, "https://www.example.org/robots.txt", 200, body),
            googlebot);
    assertEquals(Blocking.NONE, r.classify(googlebot.all().get(0)));
  }

  @Test
  void keysThatDifferOnlyInCaseMatchTheSameGroup() throws IOException {
    String txt = Files.readString(DIR.resolve("robots.txt"));
    assertTrue(txt.contains("User-agent: meta-externalagent\n"));
    assertTrue(txt.contains("User-agent: Meta-ExternalAgent\n"));
    assertTrue(
        Policies.allowed(
            "User-agent: Meta-ExternalAgent\nAllow: /\n",
            "meta-externalagent",
            "https://a.example/x"));
    assertTrue(!Policies.allowed(txt, "Meta-ExternalAgent", "https://a.example/x"));
  }
}
