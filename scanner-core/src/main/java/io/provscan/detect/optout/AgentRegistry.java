package io.provscan.detect.optout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The AI crawler tokens provscan judges robots.txt for, kept as data ({@code ai-agents.json} beside
 * this class): token, operator and purpose, restated from the facts of the ai.robots.txt list.
 * Tokens are RFC 9309 product tokens ({@code [a-zA-Z_-]+}, §2.2.1), with digits allowed since
 * crawler-commons matches such names exactly ({@code AI2Bot}, {@code img2dataset}); keys of that
 * list with spaces, dots or slashes are left out, since a group can only name them loosely.
 */
public final class AgentRegistry {
  private static final Pattern PRODUCT_TOKEN = Pattern.compile("[A-Za-z0-9_-]+");
  private static final AgentRegistry DEFAULTS = load();

  private final List<Agent> agents;
  private final List<Agent> training;
  private final Map<String, Agent> byName = new HashMap<>();

  /** A registry of the given agents. */
  public AgentRegistry(List<Agent> agents) {
    this.agents = List.copyOf(agents);
    for (Agent a : agents) {
      if (!PRODUCT_TOKEN.matcher(a.token()).matches()) {
        throw new IllegalArgumentException(
            "agent token '" + a.token() + "' is not a product token ([A-Za-z0-9_-]+)");
      }
      byName.put(a.robotName(), a);
    }
    this.training = this.agents.stream().filter(Agent::trains).toList();
  }

  /** The bundled registry. */
  public static AgentRegistry defaults() {
    return DEFAULTS;
  }

  /** Every agent, in registry order. */
  public List<Agent> all() {
    return agents;
  }

  /** The agents whose collection trains models: their blocking reserves a page. */
  public List<Agent> training() {
    return training;
  }

  /** The agent with this token, compared without case. */
  public Optional<Agent> find(String token) {
    return Optional.ofNullable(byName.get(token.strip().toLowerCase(Locale.ROOT)));
  }

  private static AgentRegistry load() {
    try (InputStream in = AgentRegistry.class.getResourceAsStream("ai-agents.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<Agent> agents = new ArrayList<>();
      for (JsonNode a : root.path("agents")) {
        agents.add(
            new Agent(
                a.path("token").asText(),
                a.path("operator").asText(),
                a.path("purpose").asText(),
                a.path("note").asText()));
      }
      return new AgentRegistry(agents);
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled ai-agents.json does not load", e);
    }
  }
}
