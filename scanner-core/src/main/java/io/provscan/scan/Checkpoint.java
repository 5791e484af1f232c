package io.provscan.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.provscan.index.CorpusIndex;
import io.provscan.internal.AtomicFiles;
import io.provscan.internal.ItemKey;
import io.provscan.internal.Json;
import io.provscan.internal.LongSet;
import io.provscan.record.ItemRecord;
import io.provscan.record.RecordSink;
import io.provscan.report.ScanOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What lets a killed scan go on where it stopped. The checkpoint is the output itself: {@code
 * items.jsonl} is written one complete line per item, so once a cut last line is dropped, its lines
 * name the items already done; the index commits as it goes ({@link CorpusIndex}), and on resume
 * only items in both are kept (the index's last commit and the file's last flush never fall at the
 * same moment). No second store to keep in step, and nothing to write per item beyond what the scan
 * writes anyway.
 *
 * <p>{@value #FILE} marks a scan as unfinished and says what it scans (tool version, roots, options
 * but threads): it is written when a scan starts afresh and removed once {@code summary.json} is
 * written. A new scan into a folder holding an unfinished one of the same roots and options resumes
 * it; of others, is refused unless told to start over.
 */
final class Checkpoint {
  /** The marker of an unfinished scan in the output folder. */
  static final String FILE = ".provscan-scan.json";

  private final Path out;
  private final boolean resuming;

  private Checkpoint(Path out, boolean resuming) {
    this.out = out;
    this.resuming = resuming;
  }

  /**
   * Resumes the unfinished scan in {@code out}, or starts afresh (removing a finished scan's
   * summary, so that no one takes the new scan's partial items for a finished scan).
   *
   * @param restart start afresh even when an unfinished scan is there
   * @throws IllegalArgumentException when {@code out} holds an unfinished scan of other roots or
   *     options and {@code restart} is false
   */
  static Checkpoint begin(Path out, ScanOptions options, boolean restart) throws IOException {
    Path marker = out.resolve(FILE);
    JsonNode scan = fingerprint(options);
    boolean unfinished =
        Files.isRegularFile(marker)
            && Files.isRegularFile(out.resolve(Scanner.ITEMS))
            && !Files.exists(out.resolve(Scanner.SUMMARY));
    if (unfinished && !restart) {
      JsonNode saved = read(marker);
      if (scan.equals(saved)) {
        return new Checkpoint(out, true);
      }
      throw new IllegalArgumentException(
          out
              + " holds an unfinished scan of other "
              + differences(saved, scan)
              + "; run that scan's command again to resume it, or add --restart to start over");
    }
    Files.deleteIfExists(out.resolve(Scanner.SUMMARY));
    AtomicFiles.write(
        marker, o -> Json.mapper().writerWithDefaultPrettyPrinter().writeValue(o, scan));
    return new Checkpoint(out, false);
  }

  /** True when this scan goes on from a killed one. */
  boolean resuming() {
    return resuming;
  }

  /**
   * Brings {@code items.jsonl} and the index back to the items both hold, hands each of those
   * records to {@code done} (the summary's sinks), and returns their keys.
   *
   * @param index the index opened on its last commit, or null when none is written
   */
  LongSet recover(CorpusIndex index, RecordSink done) throws IOException {
    LongSet indexed = index == null ? null : index.keys();
    LongSet kept = new LongSet();
    Path items = out.resolve(Scanner.ITEMS);
    Lines lines = new Lines();
    long end = lines.read(items, (line, record) -> keep(record, indexed, kept, done));
    if (lines.dropped > 0) {
      rewrite(items, kept);
    } else {
      try (FileChannel ch = FileChannel.open(items, StandardOpenOption.WRITE)) {
        ch.truncate(end); // a cut last line
      }
    }
    if (index != null) {
      index.retainOnly(kept);
    }
    return kept;
  }

  private static boolean keep(ItemRecord record, LongSet indexed, LongSet kept, RecordSink done)
      throws IOException {
    if (record == null) {
      return false;
    }
    long key = ItemKey.of(record.root(), record.path());
    if ((indexed != null && !indexed.contains(key)) || !kept.add(key)) {
      return false;
    }
    done.accept(record, "");
    return true;
  }

  /** Writes the kept lines (first of each key) to a new file that replaces the old. */
  private static void rewrite(Path items, LongSet kept) throws IOException {
    LongSet written = new LongSet();
    AtomicFiles.write(
        items,
        o ->
            new Lines()
                .read(
                    items,
                    (line, record) -> {
                      if (record == null
                          || !kept.contains(ItemKey.of(record.root(), record.path()))
                          || !written.add(ItemKey.of(record.root(), record.path()))) {
                        return false;
                      }
                      o.write(line);
                      o.write('\n');
                      return true;
                    }));
  }

  /** Marks the scan finished: its summary is written. */
  void finished() throws IOException {
    Files.deleteIfExists(out.resolve(FILE));
  }

  private static JsonNode fingerprint(ScanOptions options) throws IOException {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("tool", ToolVersion.get());
    node.set(
        "roots", Json.mapper().valueToTree(options.roots().stream().map(Path::toString).toList()));
    Map<String, Object> described = options.describe();
    described.remove("threads"); // any number of threads gives the same items
    node.set("options", Json.mapper().valueToTree(described));
    return Json.mapper().readTree(node.toString());
  }

  private static JsonNode read(Path marker) {
    try {
      return Json.mapper().readTree(marker.toFile());
    } catch (IOException e) {
      return Json.mapper().createObjectNode();
    }
  }

  /**
   * Which parts differ: {@code roots}, {@code options (maxItemSize, pii)}, {@code tool version}.
   */
  private static String differences(JsonNode saved, JsonNode now) {
    List<String> parts = new ArrayList<>();
    if (!now.get("roots").equals(saved.get("roots"))) {
      parts.add("roots " + saved.get("roots"));
    }
    JsonNode savedOptions = saved.path("options");
    List<String> options = new ArrayList<>();
    for (Iterator<String> names = now.get("options").fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!now.get("options").get(name).equals(savedOptions.get(name))) {
        options.add(name);
      }
    }
    if (!options.isEmpty()) {
      parts.add("options (" + String.join(", ", options) + ")");
    }
    if (!now.get("tool").equals(saved.get("tool"))) {
      parts.add("tool version " + saved.get("tool"));
    }
    return parts.isEmpty() ? "settings" : String.join(" and ", parts);
  }

  /** Reads complete lines as bytes, keeping count of where the last complete one ends. */
  private static final class Lines {
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
}
