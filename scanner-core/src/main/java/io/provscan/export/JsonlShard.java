package io.provscan.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * A gzip-compressed JSON Lines shard. {@link GZIPOutputStream} writes a header with no time, no
 * name and a fixed OS byte (RFC 1952 allows MTIME 0, "no time stamp is available"), so the same
 * records give the same bytes.
 */
final class JsonlShard implements ShardOutput {
  private final Path file;
  private final OutputStream out;

  JsonlShard(Path file) throws IOException {
    this.file = file;
    this.out =
        new GZIPOutputStream(
            new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16);
  }

  @Override
  public void write(ExportRecord record, byte[] line) throws IOException {
    out.write(line);
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  @Override
  public void abandon() {
    try {
      out.close();
    } catch (IOException e) {
      // the file is deleted next; a failed close changes nothing
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a partial file left behind is removed when the export is run again
    }
  }
}
