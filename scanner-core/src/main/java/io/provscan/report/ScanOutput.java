package io.provscan.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.provscan.internal.Json;
import io.provscan.provenance.SourceRow;
import io.provscan.record.ItemRecord;
import io.provscan.summary.ScanSummary;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The output folder of a finished scan, read back: {@code summary.json} in memory (it is small),
 * {@code items.jsonl} streamed one record at a time (it may hold millions). A scan is finished when
 * its {@code summary.json} exists, since the scanner writes it last.
 */
public final class ScanOutput {
  /** The items file. */
  public static final String ITEMS = "items.jsonl";

  /** The summary file. */
  public static final String SUMMARY = "summary.json";

  private static final ObjectReader ITEM = Json.mapper().readerFor(ItemRecord.class);

  private final Path dir;
  private final ScanSummary summary;
  private final List<SourceRow> sources;
  private final ExportLog exports;

  private ScanOutput(Path dir, ScanSummary summary) {
    this.dir = dir;
    this.summary = summary;
    this.sources = summary.sources();
    this.exports = ExportLog.readLenient(dir);
  }

  /**
   * Opens the output folder of a finished scan.
   *
   * @throws IOException when {@code dir} holds no finished scan (the message says what is missing)
   *     or its summary cannot be read
   */
  public static ScanOutput open(Path dir) throws IOException {
    Path summaryFile = dir.resolve(SUMMARY);
    Path itemsFile = dir.resolve(ITEMS);
    if (!Files.isRegularFile(summaryFile) || !Files.isRegularFile(itemsFile)) {
      throw new IOException(
          "no finished scan in "
              + dir
              + ": "
              + (Files.isRegularFile(summaryFile) ? ITEMS : SUMMARY)
              + " is missing (run provscan scan --out "
              + dir
              + " first)");
    }
    JsonNode tree;
    try {
      tree = Json.mapper().readTree(summaryFile.toFile());
    } catch (IOException e) {
      throw new IOException("no finished scan in " + dir + ": " + SUMMARY + " is unreadable", e);
    }
    if (tree == null || !tree.has("schemaVersion")) {
      throw new IOException(
          "no finished scan in " + dir + ": " + SUMMARY + " has no schemaVersion");
    }
    try {
      return new ScanOutput(dir, ScanSummary.read(tree));
    } catch (IOException | IllegalArgumentException e) {
      throw new IOException("no finished scan in " + dir + ": " + SUMMARY + " is unreadable", e);
    }
  }

  /** The output folder. */
  public Path dir() {
    return dir;
  }

  /** The whole {@code summary.json}. */
  public ScanSummary summary() {
    return summary;
  }

  /** The rows of {@code summary.json → sources}, largest first; empty for older scans. */
  public List<SourceRow> sources() {
    return sources;
  }

  /**
   * The exports made from this scan ({@value ExportLog#FILE}), as they stood when the folder was
   * opened; empty when none is recorded or the file is unreadable.
   */
  public ExportLog exports() {
    return exports;
  }

  /**
   * Streams every record of {@code items.jsonl} to {@code visitor}, in file order.
   *
   * @return lines that could not be read as a record (skipped, not fatal)
   */
  public long items(ItemVisitor visitor) throws IOException {
    long unreadable = 0;
    try (BufferedReader in = Files.newBufferedReader(dir.resolve(ITEMS), StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        ItemRecord record = parse(line);
        if (record == null) {
          unreadable++;
        } else {
          visitor.accept(record);
        }
      }
    }
    return unreadable;
  }

  /** One line of {@code items.jsonl} as a record, or null when it is not one. */
  public static ItemRecord parseLine(String line) {
    return parse(line);
  }

  /**
   * One line of {@code items.jsonl}, as its UTF-8 bytes, as a record, or null when it is not one;
   * the same as {@link #parseLine(String)} of the decoded line, without the decoding when the bytes
   * are valid UTF-8 (parsing bytes is the cheaper path through Jackson).
   */
  public static ItemRecord parseLine(byte[] line) {
    try {
      ItemRecord r = ITEM.readValue(line);
      return r == null || r.path() == null || r.status() == null ? null : Normalised.of(r);
    } catch (IOException | RuntimeException e) {
      // Malformed UTF-8 fails here but decodes to replacement characters: read it as before.
      return parse(new String(line, StandardCharsets.UTF_8));
    }
  }

  private static ItemRecord parse(String line) {
    try {
      ItemRecord r = ITEM.readValue(line);
      return r == null || r.path() == null || r.status() == null ? null : Normalised.of(r);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Receives the records of a scan one by one. */
  @FunctionalInterface
  public interface ItemVisitor {
    /** Called once per record. */
    void accept(ItemRecord record) throws IOException;
  }
}
