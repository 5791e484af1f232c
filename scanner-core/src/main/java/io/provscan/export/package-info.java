/**
 * The clean training set: {@link io.provscan.export.Exporter} reads a finished scan and the corpus
 * it points to, and writes the items that pass its policy as JSONL (or Parquet) shards, with
 * personal data de-identified per type and the provenance of every record, plus a Croissant 1.1
 * manifest of what was kept and dropped and why. Deterministic (the same scan and options give the
 * same bytes) and resumable (an interrupted export goes on from its last finished shard).
 */
package io.provscan.export;
