package io.provscan.policy;

import static io.provscan.policy.PolicyValues.action;
import static io.provscan.policy.PolicyValues.actions;
import static io.provscan.policy.PolicyValues.ids;
import static io.provscan.policy.PolicyValues.keys;
import static io.provscan.policy.PolicyValues.known;
import static io.provscan.policy.PolicyValues.map;
import static io.provscan.policy.PolicyValues.threshold;

import io.provscan.policy.PolicyYaml.Node;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a policy's YAML tree into a {@link Policy}, section by section, over a base policy: every
 * key is checked against the keys its section allows, so a typo fails instead of being ignored.
 */
final class PolicySections {
  private static final Set<String> TOP =
      Set.of(
          "version",
          "licenses",
          "clauses",
          "optout",
          "pii",
          "sensitive",
          "items",
          "sources",
          "export");

  private PolicySections() {}

  /** Reads {@code root} over {@code base} (null: the bundled file itself, which sets every key). */
  static Policy read(String origin, String sha256, Node root, Policy base) {
    Map<String, Node> top = map(root, "the policy");
    keys(top, TOP, "at the top level");
    Node version = top.get("version");
    if (version != null && !"1".equals(version.value())) {
      throw version.error("version must be 1, got '" + version.value() + "'");
    }
    PolicyDraft b = new PolicyDraft(base);
    section(top, "licenses", Set.of("categories", "allow", "deny", "missing", "conflict"))
        .ifPresent(m -> licenses(m, b));
    section(top, "clauses", null)
        .ifPresent(m -> b.clauses.putAll(actions(m, PolicyNames.CLAUSES, "clause")));
    section(top, "optout", Set.of("reserved", "unverified")).ifPresent(m -> optOut(m, b));
    section(top, "pii", Set.of("default", "combined", "types")).ifPresent(m -> pii(m, b));
    section(top, "sensitive", Set.of("default", "categories")).ifPresent(m -> sensitive(m, b));
    section(top, "items", Set.of("failed", "skipped")).ifPresent(m -> items(m, b));
    section(top, "sources", Set.of("problems"))
        .ifPresent(m -> b.problems = action(m, "problems", b.problems));
    section(top, "export", Set.of("operators")).ifPresent(m -> export(m, b));
    return b.build(origin, sha256);
  }

  /**
   * {@code export.operators}: an operator per personal-data type, {@code default} for the rest. A
   * type listed replaces the base's choice for it; {@code default} replaces the base's default.
   */
  private static void export(Map<String, Node> m, PolicyDraft b) {
    Node operators = m.get("operators");
    if (operators == null || operators.value() == null) {
      return;
    }
    for (Map.Entry<String, Node> e : map(operators, "export.operators").entrySet()) {
      String type = e.getKey();
      if (!Policy.DEFAULT_OPERATOR.equals(type)) {
        known(type, e.getValue(), PolicyNames.PII_TYPES, "personal-data type");
      }
      Object v = e.getValue().value();
      String op = v instanceof String s ? s.strip().toLowerCase(Locale.ROOT) : null;
      if (op == null || !PolicyNames.EXPORT_OPERATORS.contains(op)) {
        throw e.getValue()
            .error(
                "'export.operators."
                    + type
                    + "' must be one of "
                    + PolicyNames.list(PolicyNames.EXPORT_OPERATORS)
                    + ", got '"
                    + v
                    + "'");
      }
      b.exportOperators.put(type, op);
    }
  }

  private static void licenses(Map<String, Node> m, PolicyDraft b) {
    if (m.containsKey("categories")) {
      b.categories.putAll(
          actions(
              map(m.get("categories"), "licenses.categories"),
              PolicyNames.CATEGORIES,
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

  private static void optOut(Map<String, Node> m, PolicyDraft b) {
    b.reserved = action(m, "reserved", b.reserved);
    Node n = m.get("unverified");
    if (n != null) {
      Object v = n.value();
      if (!"reserves".equals(v) && !"ignored".equals(v)) {
        throw n.error("'optout.unverified' must be reserves or ignored, got '" + v + "'");
      }
      b.unverifiedReserves = "reserves".equals(v);
    }
  }

  private static void pii(Map<String, Node> m, PolicyDraft b) {
    if (m.containsKey("default")) {
      b.piiDefault = threshold(m.get("default"), "pii.default");
    }
    if (m.containsKey("combined")) {
      b.piiCombined = PolicyValues.parseAction(m.get("combined"), "pii.combined");
    }
    if (m.containsKey("types")) {
      for (Map.Entry<String, Node> e : map(m.get("types"), "pii.types").entrySet()) {
        known(e.getKey(), e.getValue(), PolicyNames.PII_TYPES, "personal-data type");
        b.pii.put(e.getKey(), threshold(e.getValue(), "pii.types." + e.getKey()));
      }
    }
  }

  private static void sensitive(Map<String, Node> m, PolicyDraft b) {
    if (m.containsKey("default")) {
      b.sensitiveDefault = threshold(m.get("default"), "sensitive.default");
    }
    if (m.containsKey("categories")) {
      for (Map.Entry<String, Node> e :
          map(m.get("categories"), "sensitive.categories").entrySet()) {
        known(e.getKey(), e.getValue(), PolicyNames.SENSITIVE, "sensitive category");
        b.sensitive.put(e.getKey(), threshold(e.getValue(), "sensitive.categories." + e.getKey()));
      }
    }
  }

  private static void items(Map<String, Node> m, PolicyDraft b) {
    b.failed = action(m, "failed", b.failed);
    b.skipped = action(m, "skipped", b.skipped);
  }

  private static Optional<Map<String, Node>> section(
      Map<String, Node> top, String key, Set<String> allowed) {
    Node n = top.get(key);
    if (n == null || n.value() == null) {
      return Optional.empty();
    }
    Map<String, Node> m = map(n, key);
    if (allowed != null) {
      keys(m, allowed, "in '" + key + "'");
    }
    return Optional.of(m);
  }
}
