package io.provscan.detect.optout;

import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.provscan.detect.OptOut.Signal;
import io.provscan.sitepolicy.PolicyFile;
import java.util.List;

/**
 * Spawning's {@code /ai.txt}: robots.txt syntax, read "when a site's media is downloaded" for AI
 * training, typically {@code User-Agent: *} with {@code Disallow: *.jpg}-style file-type rules or
 * {@code Disallow: /}. provscan reads the {@code *} group through crawler-commons (whose patterns
 * handle the leading {@code *}) and judges the page's path: a disallow reserves it for AI training,
 * anything else allows it. Answers other than 2xx mean no ai.txt.
 */
final class AiTxt implements ParsedPolicy {
  private final String url;
  private final ParsedRobotsTxt.RuleSet rules;

  private AiTxt(String url, SimpleRobotRules rules) {
    this.url = url;
    this.rules = new ParsedRobotsTxt.RuleSet(rules, "User-Agent: *", false);
  }

  /** The ai.txt of a served file; null when it was not served. */
  static AiTxt read(PolicyFile file, AgentRegistry agents, List<String> warnings) {
    if (!file.ok()) {
      return null;
    }
    byte[] clean = PolicyText.utf8(PolicyText.decode(file.body()));
    SimpleRobotRules rules =
        new SimpleRobotRulesParser().parseContent(file.url(), clean, "text/plain", List.of());
    return new AiTxt(file.url(), rules);
  }

  /** Adds the signal for one page. */
  @Override
  public void judge(String pathAndQuery, String pageUrl, ItemEvidence found) {
    boolean allowed = rules.rules().isAllowed(pageUrl);
    found.add(signal(pathAndQuery, allowed));
  }

  private Signal signal(String pathAndQuery, boolean allowed) {
    return Signals.of(
        Signals.AI_TXT,
        Signals.AI_TRAINING,
        List.of(),
        allowed ? "allow" : "disallow",
        RuleEvidence.of(rules, pathAndQuery, allowed) + " (User-Agent: *)",
        url,
        allowed ? Signals.ALLOWS : Signals.RESERVES);
  }
}
