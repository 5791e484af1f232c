package io.provscan.export;

/**
 * A finished shard, as the manifest and the resume state list it.
 *
 * @param name the file name in the export folder ({@code part-00000.jsonl.gz})
 * @param bytes its size in bytes
 * @param sha256 SHA-256 of its bytes
 * @param records records in it
 */
public record ShardFile(String name, long bytes, String sha256, long records) {}
