package io.provscan.scan;

import io.provscan.record.ItemRecord;
import io.provscan.report.ScanOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the complete lines of an {@code items.jsonl} as bytes with their records, keeping count of
 * where the last complete one ends (a killed scan's file may end in a cut line).
 */
final class JsonlLines {
  /** Lines the visitor did not keep. */
  long dropped;

  interface Visitor {
    /** Sees one complete line and its record (null when not one); true to keep it. */
    boolean visit(byte[] line, ItemRecord record) throws IOException;
  }

  /** Returns the offset just after the last complete line. */
  long read(Path file, Visitor visitor) throws IOException {
    long offset = 0;
    long end = 0;
    ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) != -1; ) {
        int from = 0;
        for (int i = 0; i < n; i++) {
          if (buffer[i] != '\n') {
            continue;
          }
          line.write(buffer, from, i - from);
          from = i + 1;
          end = offset + from;
          byte[] bytes = line.toByteArray();
          line.reset();
          if (bytes.length > 0) {
            ItemRecord record = ScanOutput.parseLine(new String(bytes, StandardCharsets.UTF_8));
            if (!visitor.visit(bytes, record)) {
              dropped++;
            }
          }
        }
        line.write(buffer, from, n - from);
        offset += n;
      }
    }
    return end;
  }
}
