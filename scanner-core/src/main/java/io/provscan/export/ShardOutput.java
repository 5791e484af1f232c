package io.provscan.export;

import java.io.IOException;

/** One shard being written under its temporary name. */
interface ShardOutput {
  /** Appends a record ({@code line} is its JSON line, which JSON shards write as it is). */
  void write(ExportRecord record, byte[] line) throws IOException;

  /** Finishes the file (it stays under its temporary name). */
  void close() throws IOException;

  /** Drops the unfinished file. */
  void abandon();
}
