package io.provscan.policy;

import io.provscan.policy.Policy.Threshold;
import io.provscan.policy.PolicyYaml.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The typed values of a policy file (actions, thresholds, licence id lists, mappings) and the
 * checks on them; each failure names the file, the line and the key.
 */
final class PolicyValues {
  private PolicyValues() {}

  static Map<String, Action> actions(Map<String, Node> m, Set<String> names, String what) {
    Map<String, Action> out = new HashMap<>();
    for (Map.Entry<String, Node> e : m.entrySet()) {
      known(e.getKey(), e.getValue(), names, what);
      out.put(e.getKey(), parseAction(e.getValue(), e.getKey()));
    }
    return out;
  }

  static Action action(Map<String, Node> m, String key, Action fallback) {
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

  static Threshold threshold(Node n, String key) {
    if (!(n.value() instanceof Map)) {
      return new Threshold(parseAction(n, key), 1);
    }
    Map<String, Node> m = n.map();
    keys(m, Set.of("action", "min"), "in '" + key + "'");
    Node action = m.get("action");
    if (action == null) {
      throw n.error("'" + key + "' needs an 'action' (allow, review or block)");
    }
    Node minNode = m.get("min");
    int min = minNode == null ? 1 : min(minNode, key);
    return new Threshold(parseAction(action, key + ".action"), min);
  }

  private static int min(Node minNode, String key) {
    int min;
    try {
      min = Integer.parseInt(String.valueOf(minNode.value()).trim());
    } catch (NumberFormatException e) {
      min = 0;
    }
    if (min < 1) {
      throw minNode.error(
          "'" + key + ".min' must be a whole number of at least 1, got '" + minNode.value() + "'");
    }
    return min;
  }

  static Set<String> ids(Node n, String key) {
    if (!(n.value() instanceof List)) {
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

  static void keys(Map<String, Node> m, Set<String> allowed, String where) {
    for (Map.Entry<String, Node> e : m.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw e.getValue()
            .error(
                "unknown key '"
                    + e.getKey()
                    + "' "
                    + where
                    + "; expected one of "
                    + PolicyNames.list(allowed));
      }
    }
  }

  static void known(String name, Node n, Set<String> names, String what) {
    if (!names.contains(name)) {
      throw n.error(
          "unknown " + what + " '" + name + "'; expected one of " + PolicyNames.list(names));
    }
  }
}
