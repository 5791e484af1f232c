/**
 * Dataset manifests as data sources: Hugging Face dataset and model cards, MLCommons Croissant,
 * Frictionless data packages and the other formats {@code ManifestFormats} lists (each one entry
 * there: the names it claims and its reader), and URL lists. Before a scan, a cheap pre-pass reads
 * the manifests in the scan roots and registers one source per dataset or model with what it
 * declares (licences, lineage, gating, responsible-AI notes); during the scan the files a manifest
 * lists are matched to the items by path and checksum, and URL lists and JSONL corpora are read row
 * by row as record items. Malformed manifests are problems on their source, never exceptions.
 */
package io.provscan.manifest;
