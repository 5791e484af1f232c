/**
 * Data sources: the units a provenance report speaks of — a manifest's dataset, a model repository,
 * a web host, a top-level folder. Every item is assigned to one source; {@code summary.json}
 * carries one row per source with its declared and detected licences, conflicts, obligations,
 * opt-out share, personal data and verdicts.
 */
package io.provscan.provenance;
