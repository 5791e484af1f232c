package io.provscan.policy;

import java.util.Map;
import java.util.Set;

/**
 * A parsed, validated policy. Built by {@link PolicyLoader}; immutable and shared by every worker.
 *
 * @param origin the policy file's path, or {@code bundled default}
 * @param sha256 SHA-256 of the policy file's bytes, so a report names exactly what judged it
 * @param categories action per licence category; categories not listed take {@code unknown}'s
 * @param allow licence ids always allowed (compared without case)
 * @param deny licence ids always blocked (compared without case)
 * @param missing action for an item with no licence found and none declared by its source
 * @param conflict action for a source whose detected licences disagree with its declared ones
 * @param clauses action per licence clause id; clauses not listed are allowed
 * @param reserved action for an item whose publisher reserved AI training or TDM
 * @param pii threshold per personal-data type; {@code pii.default} for types not listed
 * @param piiDefault the threshold for types not listed
 * @param piiCombined action for an item where a person's name and an identifying type (contact
 *     details, an identity or account number, an address) occur together: PIPL Art. 4 counts what
 *     identifies a person "alone or combined with other information"
 * @param sensitive threshold per sensitive category
 * @param sensitiveDefault the threshold for categories not listed
 * @param failed action for an item that failed
 * @param skipped action for an item that was skipped
 * @param problems action for a source with manifest problems (missing files, bad checksums)
 * @param unverifiedReserves true when a reservation no signature vouches for (a C2PA assertion read
 *     without validating its manifest's signature) reserves the item as any other does ({@code
 *     optout.unverified: reserves}, the default); false to count only verified or unsigned signals
 * @param exportOperators what {@code provscan export} does with personal data by default ({@code
 *     export.operators}): operator name ({@code mask}, {@code redact}, {@code tag}, {@code hash},
 *     {@code none}) per type name, and under {@code default} for types not listed; empty when the
 *     policy does not say, and the export's own defaults apply
 */
public record Policy(
    String origin,
    String sha256,
    Map<String, Action> categories,
    Set<String> allow,
    Set<String> deny,
    Action missing,
    Action conflict,
    Map<String, Action> clauses,
    Action reserved,
    Map<String, Threshold> pii,
    Threshold piiDefault,
    Action piiCombined,
    Map<String, Threshold> sensitive,
    Threshold sensitiveDefault,
    Action failed,
    Action skipped,
    Action problems,
    boolean unverifiedReserves,
    Map<String, String> exportOperators) {

  /** The key of {@link #exportOperators} that names the operator of every type not listed. */
  public static final String DEFAULT_OPERATOR = "default";

  /** Copies the collections. */
  public Policy {
    categories = Map.copyOf(categories);
    allow = Set.copyOf(allow);
    deny = Set.copyOf(deny);
    clauses = Map.copyOf(clauses);
    pii = Map.copyOf(pii);
    sensitive = Map.copyOf(sensitive);
    exportOperators = Map.copyOf(exportOperators);
  }

  /**
   * An action that applies once a count reaches a minimum per item.
   *
   * @param action what to do
   * @param min findings per item from which it applies, at least 1
   */
  public record Threshold(Action action, int min) {}

  /** The action for a licence category ({@code unknown} for one the policy does not list). */
  public Action category(String id) {
    Action a = categories.get(id == null ? "unknown" : id);
    return a != null ? a : categories.getOrDefault("unknown", Action.REVIEW);
  }
}
