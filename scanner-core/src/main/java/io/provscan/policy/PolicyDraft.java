package io.provscan.policy;

import io.provscan.policy.Policy.Threshold;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A policy being read: seeded from the base policy (or from these defaults when reading the bundled
 * file itself), then overwritten section by section. Used by one thread; becomes a {@link Policy}.
 */
final class PolicyDraft {
  final Map<String, Action> categories = new HashMap<>();
  Set<String> allow = Set.of();
  Set<String> deny = Set.of();
  Action missing = Action.ALLOW;
  Action conflict = Action.REVIEW;
  final Map<String, Action> clauses = new HashMap<>();
  Action reserved = Action.BLOCK;
  final Map<String, Threshold> pii = new HashMap<>();
  Threshold piiDefault = new Threshold(Action.REVIEW, 1);
  Action piiCombined = Action.REVIEW;
  final Map<String, Threshold> sensitive = new HashMap<>();
  Threshold sensitiveDefault = new Threshold(Action.REVIEW, 1);
  Action failed = Action.REVIEW;
  Action skipped = Action.ALLOW;
  Action problems = Action.REVIEW;
  // not in the bundled file, so its hash (which every report names) is unchanged
  boolean unverifiedReserves = true;
  // not in the bundled file either: the export masks every type unless told otherwise
  final Map<String, String> exportOperators = new HashMap<>();

  PolicyDraft(Policy base) {
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
      piiCombined = base.piiCombined();
      sensitive.putAll(base.sensitive());
      sensitiveDefault = base.sensitiveDefault();
      failed = base.failed();
      skipped = base.skipped();
      problems = base.problems();
      unverifiedReserves = base.unverifiedReserves();
      exportOperators.putAll(base.exportOperators());
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
        piiCombined,
        sensitive,
        sensitiveDefault,
        failed,
        skipped,
        problems,
        unverifiedReserves,
        exportOperators);
  }
}
