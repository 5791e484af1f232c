package io.provscan.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param dest the export folder
 * @param shards the shards, in order
 * @param kept records exported
 * @param dropped records left out (every reason)
 * @param problems records left out for a problem of the input (changed, missing, unreadable)
 * @param resumed true when it went on from an interrupted export
 */
public record ExportResult(
    Path dest, List<ShardFile> shards, long kept, long dropped, long problems, boolean resumed) {

  /** The shard file names, in order. */
  public List<String> shardNames() {
    return shards.stream().map(ShardFile::name).toList();
  }
}
