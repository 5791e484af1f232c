package io.provscan.detect.optout;

import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRule;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.provscan.detect.OptOut.Signal;
import io.provscan.sitepolicy.PolicyFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One origin's robots.txt, parsed once per scan: the rules each registered AI agent obeys (decided
 * by crawler-commons 1.4, one agent per call, names in lower case, since it merges the groups of
 * all names it is given) and the groups with their Content-Signal and Content-Usage lines, which
 * crawler-commons drops. Judging a page is then a lookup and a path match per distinct rule set.
 *
 * <p>What the HTTP status means (RFC 9309 §2.3.1): 2xx is parsed; 4xx is "unavailable", so no rule
 * applies; 5xx is "unreachable", so crawlers must assume complete disallow (§2.3.1.4), and provscan
 * reports it as such, since the crawler that took the pages should not have.
 */
final class ParsedRobotsTxt implements ParsedPolicy {
  /** crawler-commons' parser is thread-safe and shared (its warning count is per thread). */
  private static final SimpleRobotRulesParser PARSER = new SimpleRobotRulesParser();

  private final String url;
  private final int status;
  private final Map<Agent, RuleSet> byAgent;
  private final List<RobotsGroups.Group> groups;
  private final Map<RuleSet, List<String>> trainingAgents = new LinkedHashMap<>();

  /**
   * The rules some agents share.
   *
   * @param rules crawler-commons' verdicts
   * @param label which group they come from, for evidence
   * @param patterns the rules' patterns, in the order of {@code rules.getRobotRules()}
   * @param named true when a group names the agents; false for the {@code *} group (or none)
   */
  record RuleSet(SimpleRobotRules rules, String label, List<PathPattern> patterns, boolean named) {
    RuleSet(SimpleRobotRules rules, String label, boolean named) {
      this(
          rules,
          label,
          rules.getRobotRules().stream().map(r -> PathPattern.of(r.getPrefix())).toList(),
          named);
    }
  }

  private ParsedRobotsTxt(
      String url,
      int status,
      Map<Agent, RuleSet> byAgent,
      List<RobotsGroups.Group> groups,
      AgentRegistry registry) {
    this.url = url;
    this.status = status;
    this.byAgent = byAgent;
    this.groups = groups;
    for (Agent agent : registry.training()) {
      RuleSet set = byAgent.get(agent);
      if (set != null) {
        trainingAgents.computeIfAbsent(set, s -> new ArrayList<>()).add(agent.token());
      }
    }
  }

  /**
   * The {@link PolicyFileReader.Parser} of robots.txt: a failed fetch (no answer at all) is
   * unknown, with a warning; any answer is parsed by {@link #of}.
   */
  static ParsedPolicy read(PolicyFile file, AgentRegistry registry, List<String> warnings) {
    if (file.status() == 0) {
      warnings.add("robots.txt could not be fetched; unknown");
      return null;
    }
    return of(file, registry);
  }

  /** Parses a robots.txt answer for every agent of the registry. */
  static ParsedRobotsTxt of(PolicyFile file, AgentRegistry registry) {
    if (!file.ok()) {
      return new ParsedRobotsTxt(file.url(), file.status(), Map.of(), List.of(), registry);
    }
    String text = PolicyText.decode(file.body());
    byte[] clean = PolicyText.utf8(text);
    String type = file.contentType() == null ? "text/plain" : file.contentType();
    List<RobotsGroups.Group> groups = RobotsGroups.parse(text);
    String lower = text.toLowerCase(Locale.ROOT);
    Map<String, RuleSet> byGroups = new LinkedHashMap<>();
    Map<RuleSet, RuleSet> distinct = new LinkedHashMap<>();
    Map<Agent, RuleSet> byAgent = new LinkedHashMap<>();
    for (Agent agent : registry.all()) {
      String key = SharedParse.key(groups, agent.robotName(), lower);
      RuleSet set =
          byGroups.computeIfAbsent(
              key,
              k -> {
                String name = k.equals(SharedParse.STAR) ? null : agent.robotName();
                List<String> names = name == null ? List.of() : List.of(name);
                SimpleRobotRules rules = PARSER.parseContent(file.url(), clean, type, names);
                return new RuleSet(rules, label(groups, name == null ? "*" : name), name != null);
              });
      byAgent.put(agent, distinct.computeIfAbsent(set, s -> s));
    }
    return new ParsedRobotsTxt(file.url(), file.status(), byAgent, groups, registry);
  }

  private static String label(List<RobotsGroups.Group> groups, String robotName) {
    List<RobotsGroups.Group> applied = RobotsGroups.forAgent(groups, robotName);
    if (applied.isEmpty()) {
      return "no group applies";
    }
    return String.join("; ", applied.stream().map(RobotsGroups.Group::label).toList());
  }

  /** True for a 4xx: no rule applies. */
  boolean unavailable() {
    return status >= 400 && status < 500;
  }

  /** True for a 5xx: complete disallow. */
  boolean unreachable() {
    return status >= 500;
  }

  @Override
  public void judge(String pathAndQuery, String pageUrl, ItemEvidence found) {
    found.addAll(judge(pathAndQuery, pageUrl));
  }

  /** The robots-txt, content-signal and content-usage signals for one page. */
  List<Signal> judge(String pathAndQuery, String pageUrl) {
    List<Signal> signals = new ArrayList<>();
    if (unavailable() || unreachable()) {
      signals.add(statusSignal());
      return signals;
    }
    signals.addAll(agentSignals(pathAndQuery, pageUrl));
    signals.addAll(ContentLines.signals(groups, pathAndQuery, url));
    return signals;
  }

  private Signal statusSignal() {
    if (unavailable()) {
      String why =
          "robots.txt answered " + status + ": unavailable, no rule applies (RFC 9309 §2.3.1.3)";
      return Signals.of(
          Signals.ROBOTS_TXT, Signals.ALL, List.of(), "allow", why, url, Signals.ALLOWS);
    }
    String why =
        "robots.txt answered "
            + status
            + ": unreachable, crawlers must assume complete disallow (RFC 9309 §2.3.1.4)";
    return Signals.of(
        Signals.ROBOTS_TXT, Signals.ALL, List.of(), "disallow", why, url, Signals.RESERVES);
  }

  private List<Signal> agentSignals(String pathAndQuery, String pageUrl) {
    List<Signal> signals = new ArrayList<>(trainingAgents.size());
    trainingAgents.forEach(
        (set, tokens) -> {
          // the agents a group names are listed; those left to the * group are "all the others"
          List<String> agents = set.named() ? tokens : List.of();
          boolean allowed = set.rules().isAllowed(pageUrl);
          String evidence = RuleEvidence.of(set, pathAndQuery, allowed) + " (" + set.label() + ")";
          signals.add(
              Signals.of(
                  Signals.ROBOTS_TXT,
                  Signals.AI_TRAINING,
                  agents,
                  allowed ? "allow" : "disallow",
                  evidence,
                  url,
                  allowed ? Signals.ALLOWS : Signals.RESERVES));
        });
    return signals;
  }

  /** How far the file blocks an agent ("Consent in Crisis" classification). */
  Blocking classify(Agent agent) {
    if (unreachable()) {
      return Blocking.ALL;
    }
    RuleSet set = byAgent.get(agent);
    if (unavailable() || set == null || set.rules().isAllowAll()) {
      return Blocking.NONE;
    }
    if (set.rules().isAllowNone()) {
      return Blocking.ALL;
    }
    List<String> disallows = new ArrayList<>();
    List<String> allows = new ArrayList<>();
    for (RobotRule rule : set.rules().getRobotRules()) {
      if (!rule.getPrefix().contains("?")) {
        (rule.isAllow() ? allows : disallows).add(rule.getPrefix());
      }
    }
    if (disallows.isEmpty() || allows.containsAll(disallows)) {
      return Blocking.NONE;
    }
    boolean root = disallows.contains("/") || disallows.contains("/*");
    return root && allows.isEmpty() ? Blocking.ALL : Blocking.SOME;
  }
}
