package io.provscan.detect.optout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The groups of a robots.txt with the lines crawler-commons 1.4 drops: {@code Content-Signal}
 * (Cloudflare) and {@code Content-Usage} (AIPREF). Grouping follows RFC 9309 §2.1: consecutive
 * {@code user-agent} lines open a group, rules follow it, and other lines (sitemap, unknown)
 * neither belong to a group nor close one. Directive names are compared without case; {@code #}
 * starts a comment. Lines before the first group are kept in a group of their own that names no
 * agent: a signal there speaks to every crawler (a decision of provscan's; RFC 9309 would ignore
 * them).
 */
final class RobotsGroups {
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u0085\u2028\u2029]");
  private static final Pattern PRODUCT_TOKEN = Pattern.compile("[a-z_-]+");
  private static final Pattern LEADING_TOKEN = Pattern.compile("[a-z_-]+");
  private static final Set<String> RULES =
      Set.of("allow", "disallow", "content-signal", "content-usage", "crawl-delay");

  /**
   * One group.
   *
   * @param agents the user-agent values as written; empty for the lines before the first group
   * @param lines its rules, in order
   */
  record Group(List<String> agents, List<Line> lines) {
    /** True when it is a {@code *} group or the lines before any group. */
    boolean isGlobal() {
      return agents.isEmpty() || agents.stream().anyMatch(a -> a.strip().equals("*"));
    }

    /** {@code User-agent: a, b} for evidence; {@code (before any group)} for the global lines. */
    String label() {
      return agents.isEmpty()
          ? "(before any User-agent)"
          : "User-agent: " + String.join(", ", agents);
    }

    /** The named tokens of this group (not {@code *}). */
    List<String> named() {
      return agents.stream().map(String::strip).filter(a -> !a.equals("*")).toList();
    }
  }

  /**
   * One rule line.
   *
   * @param name the directive, lower case
   * @param value its value, trimmed, comment removed
   */
  record Line(String name, String value) {
    /** The line as it reads, for evidence. */
    String text() {
      return name + ": " + value;
    }
  }

  private RobotsGroups() {}

  /** The groups of {@code text}, in order. */
  static List<Group> parse(String text) {
    List<Group> groups = new ArrayList<>();
    List<String> agents = null;
    List<Line> lines = null;
    boolean inRules = true;
    for (String raw : LINE_BREAK.split(text, -1)) {
      Line line = line(raw);
      if (line == null) {
        continue;
      }
      if (line.name().equals("user-agent")) {
        if (inRules) {
          agents = new ArrayList<>();
          lines = new ArrayList<>();
          groups.add(new Group(agents, lines));
          inRules = false;
        }
        agents.add(line.value());
      } else if (RULES.contains(line.name())) {
        if (lines == null) {
          lines = new ArrayList<>();
          agents = new ArrayList<>();
          groups.add(new Group(agents, lines));
        }
        lines.add(line);
        inRules = true;
      }
    }
    return groups;
  }

  /** The groups an agent obeys: those that name it, else the {@code *} ones (RFC 9309 §2.2.1). */
  static List<Group> forAgent(List<Group> groups, String robotName) {
    List<Group> named =
        groups.stream()
            .filter(g -> g.agents().stream().anyMatch(a -> names(a, robotName)))
            .toList();
    return named.isEmpty() ? groups.stream().filter(Group::isGlobal).toList() : named;
  }

  /**
   * True when a user-agent value names the robot, as crawler-commons 1.4 matches: the value lower
   * case equals the name, or, when the value is not a product token ({@code Butterfly/1.0}), its
   * leading token does.
   */
  static boolean names(String value, String robotName) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.equals(robotName)) {
      return true;
    }
    if (PRODUCT_TOKEN.matcher(v).matches()) {
      return false;
    }
    Matcher m = LEADING_TOKEN.matcher(v);
    return m.lookingAt() && m.group().equals(robotName);
  }

  private static Line line(String raw) {
    int hash = raw.indexOf('#');
    String s = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
    if (s.isEmpty()) {
      return null;
    }
    int colon = s.indexOf(':');
    String name;
    String value;
    if (colon >= 0) {
      name = s.substring(0, colon);
      value = s.substring(colon + 1);
    } else {
      int space = s.indexOf(' ');
      if (space < 0) {
        return null;
      }
      name = s.substring(0, space); // Google accepts "user-agent FooBot"; so does crawler-commons
      value = s.substring(space + 1);
    }
    return new Line(directive(name), value.strip());
  }

  private static String directive(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "useragent", "user agent", "user-agents" -> "user-agent";
      case "content signal", "contentsignal" -> "content-signal";
      case "content usage", "contentusage" -> "content-usage";
      default -> n;
    };
  }
}
