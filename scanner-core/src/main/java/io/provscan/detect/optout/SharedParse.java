package io.provscan.detect.optout;

import java.util.List;

/**
 * Which crawler-commons parse of a robots.txt each agent needs. crawler-commons parses a file for
 * the names it is given, so provscan parses once per agent; but a long AI block list names dozens
 * of agents in one group, and agents that obey the same groups can share one parse. The key says
 * which groups an agent obeys.
 */
final class SharedParse {
  private SharedParse() {}

  /** The key of agents left to the {@code *} group. */
  static final String STAR = "*";

  /**
   * Which crawler-commons parse an agent needs, so that agents obeying the same groups share one
   * parse (a robots.txt is parsed per agent, and a long AI block list names dozens in one group):
   * the groups that name it, {@code *} when its name appears nowhere in the file, or the name
   * itself when it appears but no group of ours names it (crawler-commons may read a line we do
   * not, so that agent gets a parse of its own).
   */
  static String key(List<RobotsGroups.Group> groups, String robotName, String lower) {
    if (!mentions(lower, robotName)) {
      return STAR;
    }
    StringBuilder key = new StringBuilder("groups:");
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).agents().stream().anyMatch(a -> RobotsGroups.names(a, robotName))) {
        key.append(i).append(',');
      }
    }
    return key.length() > "groups:".length() ? key.toString() : "name:" + robotName;
  }

  /**
   * True when the name stands in the text as a whole token (not inside {@code omgilibot} or {@code
   * applebot-extended}), the way a user-agent line names it.
   */
  static boolean mentions(String lower, String robotName) {
    for (int at = lower.indexOf(robotName); at >= 0; at = lower.indexOf(robotName, at + 1)) {
      int end = at + robotName.length();
      if ((at == 0 || !tokenChar(lower.charAt(at - 1)))
          && (end == lower.length() || !tokenChar(lower.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean tokenChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  }
}
