package io.provscan.export;

import java.util.Locale;

/** The file format of the exported shards. */
public enum ShardFormat {
  /**
   * JSON Lines, gzip-compressed ({@code part-00000.jsonl.gz}): what most training pipelines read
   * directly. The gzip header carries no time or name, so the bytes depend on the records alone.
   */
  JSONL_GZ("jsonl.gz", "application/jsonlines"),
  /** Apache Parquet, one row group per shard, Zstandard-compressed ({@code part-00000.parquet}). */
  PARQUET("parquet", "application/x-parquet");

  private final String extension;
  private final String mediaType;

  ShardFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The media type of the records' encoding, for the manifest. */
  public String mediaType() {
    return mediaType;
  }

  /** The name users write: {@code jsonl.gz} or {@code parquet}. */
  public String id() {
    return extension;
  }

  /**
   * The format a user names.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static ShardFormat of(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (ShardFormat f : values()) {
      if (f.extension.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown export format '" + name + "'; expected jsonl.gz or parquet");
  }
}
