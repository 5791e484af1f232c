package io.provscan.export;

import io.provscan.internal.AtomicFiles;
import io.provscan.internal.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shards of an export, written one after another: records go into the current shard under its
 * temporary name; once it holds {@code shardSize} bytes of JSON lines it is closed and renamed to
 * {@code part-NNNNN.EXT}. A shard is never seen half-written under its final name. Used by one
 * thread.
 */
final class Shards {
  private final Path dest;
  private final ShardFormat format;
  private final long shardSize;
  private final List<ShardFile> finished;
  private ShardOutput current;
  private Path currentFile;
  private long bytes;
  private long records;

  /** Shards after those already {@code finished} (a resumed export's). */
  Shards(Path dest, ShardFormat format, long shardSize, List<ShardFile> finished) {
    this.dest = dest;
    this.format = format;
    this.shardSize = shardSize;
    this.finished = new ArrayList<>(finished);
  }

  /**
   * Appends a record; true when that filled the shard and it was finished (a point to save the
   * state at).
   */
  boolean write(ExportRecord record, byte[] line) throws IOException {
    if (current == null) {
      currentFile = dest.resolve(name(finished.size()) + ExportState.PARTIAL);
      current =
          format == ShardFormat.PARQUET
              ? new ParquetShard(currentFile)
              : new JsonlShard(currentFile);
      bytes = 0;
      records = 0;
    }
    current.write(record, line);
    bytes += line.length;
    records++;
    if (bytes >= shardSize) {
      finishCurrent();
      return true;
    }
    return false;
  }

  /** Finishes the shard being written, if any. */
  void finishCurrent() throws IOException {
    if (current == null) {
      return;
    }
    current.close();
    current = null;
    String name = name(finished.size());
    Path file = dest.resolve(name);
    AtomicFiles.replace(currentFile, file);
    Hashing.Digest digest;
    try (InputStream in = Files.newInputStream(file)) {
      digest = Hashing.digest(in);
    }
    finished.add(new ShardFile(name, digest.size(), digest.sha256(), records));
  }

  /** Drops the shard being written (the export failed). */
  void abandon() {
    if (current != null) {
      current.abandon();
      current = null;
    }
  }

  /** The shards finished so far. */
  List<ShardFile> finished() {
    return List.copyOf(finished);
  }

  private String name(int index) {
    return String.format(Locale.ROOT, "part-%05d.%s", index, format.extension());
  }
}
