package io.provscan.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.provscan.internal.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * {@code dropped.jsonl}: one line per item left out, with its reasons, in the export's order.
 * Written under its temporary name and renamed when the export finishes; a resumed export cuts it
 * back to its length at the last saved state and goes on.
 */
final class DroppedLog implements AutoCloseable {
  private static final JsonFactory JSON = new JsonFactory();

  private final Path partial;
  private final Path file;
  private final OutputStream out;
  private long bytes;

  /** Opens the log at {@code bytes} (0 for a fresh export). */
  DroppedLog(Path dest, long bytes) throws IOException {
    this.file = dest.resolve(Exporter.DROPPED);
    this.partial = dest.resolve(Exporter.DROPPED + ExportState.PARTIAL);
    FileChannel ch = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    ch.truncate(bytes);
    ch.position(bytes);
    this.out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
    this.bytes = bytes;
  }

  /** Adds one dropped item. */
  void add(String source, String path, List<String> reasons) throws IOException {
    java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(256);
    try (JsonGenerator g = JSON.createGenerator(line)) {
      g.writeStartObject();
      g.writeStringField("source", source);
      g.writeStringField("path", path);
      g.writeArrayFieldStart("reasons");
      for (String r : reasons) {
        g.writeString(r);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    line.write('\n');
    line.writeTo(out);
    bytes += line.size();
  }

  /** Flushes and returns the length so far (for the saved state). */
  long flush() throws IOException {
    out.flush();
    return bytes;
  }

  /** Closes the log and gives it its final name. */
  void finish() throws IOException {
    out.close();
    AtomicFiles.replace(partial, file);
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
