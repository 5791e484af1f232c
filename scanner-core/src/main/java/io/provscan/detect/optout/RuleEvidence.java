package io.provscan.detect.optout;

import crawlercommons.robots.SimpleRobotRules.RobotRule;
import java.util.List;

/**
 * Names the rule that decided a crawler-commons verdict, for the report. crawler-commons decides;
 * this only finds the longest matching rule again (RFC 9309 §2.2.2: longest match, Allow on a tie)
 * to quote it. When none is found the evidence says so.
 */
final class RuleEvidence {
  private RuleEvidence() {}

  static String of(ParsedRobotsTxt.RuleSet set, String pathAndQuery, boolean allowed) {
    RobotRule best = null;
    List<RobotRule> rules = set.rules().getRobotRules();
    for (int i = 0; i < rules.size(); i++) {
      RobotRule rule = rules.get(i);
      if (set.patterns().get(i).matches(pathAndQuery) && better(rule, best)) {
        best = rule;
      }
    }
    if (best == null || best.isAllow() != allowed) {
      return allowed ? "no rule disallows it" : "disallowed";
    }
    return (best.isAllow() ? "Allow: " : "Disallow: ") + best.getPrefix();
  }

  private static boolean better(RobotRule rule, RobotRule best) {
    if (best == null) {
      return true;
    }
    int a = rule.getPrefix().length();
    int b = best.getPrefix().length();
    return a > b || (a == b && rule.isAllow() && !best.isAllow());
  }
}
