package io.provscan.detect.optout;

import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRule;

/**
 * Names the rule that decided a crawler-commons verdict, for the report. crawler-commons decides;
 * this only finds the longest matching rule again (RFC 9309 §2.2.2: longest match, Allow on a tie)
 * to quote it. When none is found the evidence says so.
 */
final class RuleEvidence {
  private RuleEvidence() {}

  static String of(SimpleRobotRules rules, String pathAndQuery, boolean allowed) {
    RobotRule best = null;
    for (RobotRule rule : rules.getRobotRules()) {
      if (PathPattern.of(rule.getPrefix()).matches(pathAndQuery) && better(rule, best)) {
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
