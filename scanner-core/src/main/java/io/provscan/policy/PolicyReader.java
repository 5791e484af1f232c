package io.provscan.policy;

import io.provscan.policy.Policy.Threshold;
import io.provscan.policy.PolicyParser.Node;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Turns a policy's YAML tree into a {@link Policy}, over a base policy, validating every key. */
final class PolicyReader {
  private static final Set<String> TOP =
      Set.of("version", "licenses", "clauses", "optout", "pii", "sensitive", "items", "sources");

  private PolicyReader() {}

  /** Reads {@code root} over {@code base} (null: the bundled file itself, which sets every key). */
  static Policy read(String origin, String sha256, Node root, Policy base) {
    Map<String, Node> top = map(root, "the policy");
    keys(top, TOP, "at the top level");
    Node version = top.get("version");
    if (version != null && !"1".equals(version.value())) {
      throw version.error("version must be 1, got '" + version.value() + "'");
    }
    Builder b = new Builder(base);
    section(top, "licenses", Set.of("categories", "allow", "deny", "missing", "conflict"))
        .ifPresent(m -> licenses(m, b));
    section(top, "clauses", null)
        .ifPresent(m -> b.clauses.putAll(actions(m, Vocabulary.CLAUSES, "clause")));
    section(top, "optout", Set.of("reserved"))
        .ifPresent(m -> b.reserved = action(m, "reserved", b.reserved));
    section(top, "pii", Set.of("default", "types")).ifPresent(m -> pii(m, b));
    section(top, "sensitive", Set.of("default", "categories")).ifPresent(m -> sensitive(m, b));
    section(top, "items", Set.of("failed", "skipped"))
        .ifPresent(
            m -> {
              b.failed = action(m, "failed", b.failed);
              b.skipped = action(m, "skipped", b.skipped);
            });
    section(top, "sources", Set.of("problems"))
        .ifPresent(m -> b.problems = action(m, "problems", b.problems));
    return b.build(origin, sha256);
  }

  private static void licenses(Map<String, Node> m, Builder b) {
    if (m.containsKey("categories")) {
      b.categories.putAll(
          actions(
              map(m.get("categories"), "licenses.categories"),
              Vocabulary.CATEGORIES,
              "licence category"));
    }
    if (m.containsKey("allow")) {
      b.allow = ids(m.get("allow"), "licenses.allow");
    }
    if (m.containsKey("deny")) {
      b.deny = ids(m.get("deny"), "licenses.deny");
    }
    b.missing = action(m, "missing", b.missing);
    b.conflict = action(m, "conflict", b.conflict);
  }

  private static void pii(Map<String, Node> m, Builder b) {
    if (m.containsKey("default")) {
      b.piiDefault = threshold(m.get("default"), "pii.default");
    }
    if (m.containsKey("types")) {
      for (Map.Entry<String, Node> e : map(m.get("types"), "pii.types").entrySet()) {
        known(e.getKey(), e.getValue(), Vocabulary.PII_TYPES, "personal-data type");
        b.pii.put(e.getKey(), threshold(e.getValue(), "pii.types." + e.getKey()));
      }
    }
  }

  private static void sensitive(Map<String, Node> m, Builder b) {
    if (m.containsKey("default")) {
      b.sensitiveDefault = threshold(m.get("default"), "sensitive.default");
    }
    if (m.containsKey("categories")) {
      for (Map.Entry<String, Node> e :
          map(m.get("categories"), "sensitive.categories").entrySet()) {
        known(e.getKey(), e.getValue(), Vocabulary.SENSITIVE, "sensitive category");
        b.sensitive.put(e.getKey(), threshold(e.getValue(), "sensitive.categories." + e.getKey()));
      }
    }
  }

  private static java.util.Optional<Map<String, Node>> section(
      Map<String, Node> top, String key, Set<String> allowed) {
    Node n = top.get(key);
    if (n == null || n.value() == null) {
      return java.util.Optional.empty();
    }
    Map<String, Node> m = map(n, key);
    if (allowed != null) {
      keys(m, allowed, "in '" + key + "'");
    }
    return java.util.Optional.of(m);
  }

  private static Map<String, Action> actions(Map<String, Node> m, Set<String> names, String what) {
    Map<String, Action> out = new HashMap<>();
    for (Map.Entry<String, Node> e : m.entrySet()) {
      known(e.getKey(), e.getValue(), names, what);
      out.put(e.getKey(), parseAction(e.getValue(), e.getKey()));
    }
    return out;
  }

  private static Action action(Map<String, Node> m, String key, Action fallback) {
    Node n = m.get(key);
    return n == null ? fallback : parseAction(n, key);
  }

  static Action parseAction(Node n, String key) {
    Action a =
        n.value() instanceof String s ? Action.parse(s.trim().toLowerCase(Locale.ROOT)) : null;
    if (a == null) {
      throw n.error("'" + key + "' must be allow, review or block, got '" + n.value() + "'");
    }
    return a;
  }

  private static Threshold threshold(Node n, String key) {
    if (!(n.value() instanceof Map)) {
      return new Threshold(parseAction(n, key), 1);
    }
    Map<String, Node> m = n.map();
    keys(m, Set.of("action", "min"), "in '" + key + "'");
    Node action = m.get("action");
    if (action == null) {
      throw n.error("'" + key + "' needs an 'action' (allow, review or block)");
    }
    int min = 1;
    Node minNode = m.get("min");
    if (minNode != null) {
      try {
        min = Integer.parseInt(String.valueOf(minNode.value()).trim());
      } catch (NumberFormatException e) {
        min = 0;
      }
      if (min < 1) {
        throw minNode.error(
            "'"
                + key
                + ".min' must be a whole number of at least 1, got '"
                + minNode.value()
                + "'");
      }
    }
    return new Threshold(parseAction(action, key + ".action"), min);
  }

  private static Set<String> ids(Node n, String key) {
    if (!(n.value() instanceof java.util.List)) {
      throw n.error("'" + key + "' must be a list of licence ids");
    }
    Set<String> ids = new TreeSet<>();
    for (Node item : n.list()) {
      if (!(item.value() instanceof String s) || s.isBlank()) {
        throw item.error(
            "'" + key + "' holds an entry that is not a licence id: '" + item.value() + "'");
      }
      ids.add(s.trim().toLowerCase(Locale.ROOT)); // licence ids compare without case
    }
    return ids;
  }

  static Map<String, Node> map(Node n, String what) {
    if (!(n.value() instanceof Map)) {
      throw n.error(what + " must be a mapping of keys to values");
    }
    return n.map();
  }

  private static void keys(Map<String, Node> m, Set<String> allowed, String where) {
    for (Map.Entry<String, Node> e : m.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw e.getValue()
            .error(
                "unknown key '"
                    + e.getKey()
                    + "' "
                    + where
                    + "; expected one of "
                    + Vocabulary.list(allowed));
      }
    }
  }

  private static void known(String name, Node n, Set<String> names, String what) {
    if (!names.contains(name)) {
      throw n.error(
          "unknown " + what + " '" + name + "'; expected one of " + Vocabulary.list(names));
    }
  }

  /** Mutable collector, seeded from the base policy. */
  private static final class Builder {
    final Map<String, Action> categories = new HashMap<>();
    Set<String> allow = Set.of();
    Set<String> deny = Set.of();
    Action missing = Action.ALLOW;
    Action conflict = Action.REVIEW;
    final Map<String, Action> clauses = new HashMap<>();
    Action reserved = Action.BLOCK;
    final Map<String, Threshold> pii = new HashMap<>();
    Threshold piiDefault = new Threshold(Action.REVIEW, 1);
    final Map<String, Threshold> sensitive = new HashMap<>();
    Threshold sensitiveDefault = new Threshold(Action.REVIEW, 1);
    Action failed = Action.REVIEW;
    Action skipped = Action.ALLOW;
    Action problems = Action.REVIEW;

    Builder(Policy base) {
      if (base != null) {
        categories.putAll(base.categories());
        allow = base.allow();
        deny = base.deny();
        missing = base.missing();
        conflict = base.conflict();
        clauses.putAll(base.clauses());
        reserved = base.reserved();
        pii.putAll(base.pii());
        piiDefault = base.piiDefault();
        sensitive.putAll(base.sensitive());
        sensitiveDefault = base.sensitiveDefault();
        failed = base.failed();
        skipped = base.skipped();
        problems = base.problems();
      }
    }

    Policy build(String origin, String sha256) {
      return new Policy(
          origin,
          sha256,
          categories,
          allow,
          deny,
          missing,
          conflict,
          clauses,
          reserved,
          pii,
          piiDefault,
          sensitive,
          sensitiveDefault,
          failed,
          skipped,
          problems);
    }
  }
}
