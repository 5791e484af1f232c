/**
 * The policy: a YAML file that says what to allow, review or block — licence categories and ids,
 * licence clauses, opt-out reservations, personal data and sensitive categories, failed items,
 * manifest problems — and the engine that judges every item and source against it, giving a verdict
 * with human-readable reasons that name the rule and the evidence. The gate's exit code comes from
 * these verdicts.
 */
package io.provscan.policy;
