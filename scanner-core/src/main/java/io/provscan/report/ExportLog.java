package io.provscan.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.provscan.internal.AtomicFiles;
import io.provscan.internal.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@value #FILE} in a scan's output folder: the exports made from the scan, so that the
 * training-data statement and the duties view can say how personal data was handled. One entry per
 * destination: a later export into the same folder replaced the earlier one's files, so it replaces
 * its entry. Written by {@code provscan export} (under the folder's lock), read by the reports; a
 * scan with no export has no such file.
 *
 * @param schemaVersion {@value #SCHEMA_VERSION}
 * @param exports the exports, oldest first
 */
public record ExportLog(int schemaVersion, List<Entry> exports) {
  /** The file in the scan's output folder. */
  public static final String FILE = "exports.json";

  /** The version of its format: {@value}. */
  public static final int SCHEMA_VERSION = 1;

  /** No export recorded. */
  public static final ExportLog EMPTY = new ExportLog(SCHEMA_VERSION, List.of());

  /** Copies the entries; a missing list is empty. */
  public ExportLog {
    exports = exports == null ? List.of() : List.copyOf(exports);
  }

  /**
   * One export.
   *
   * @param destination the export folder, as an absolute path
   * @param finishedAt when it finished, ISO-8601 UTC
   * @param policy the policy that judged the items again, or {@code the scan's verdicts}
   * @param includeReview true when items to review were exported too
   * @param format the shard format ({@code jsonl.gz}, {@code parquet})
   * @param operators the operator applied to each personal-data type ({@code mask}, {@code redact},
   *     {@code tag}, {@code hash}, {@code none}), by type name
   * @param exported records exported
   * @param review of those, records whose verdict is {@code review}
   * @param leftOut records left out, every reason
   * @param inputProblems of those, records left out for a problem of the input (changed, missing,
   *     unreadable)
   * @param leftOutByReason records left out per reason (a policy rule or an input problem); a
   *     record left out by two rules counts under both
   * @param deidentified values replaced per type, then per operator
   * @param shards the shard files' names, in order
   * @param manifest the Croissant manifest's file name in the destination
   * @param manifestSha256 the SHA-256 of that file's bytes
   */
  public record Entry(
      String destination,
      String finishedAt,
      String policy,
      boolean includeReview,
      String format,
      Map<String, String> operators,
      long exported,
      long review,
      long leftOut,
      long inputProblems,
      Map<String, Long> leftOutByReason,
      Map<String, Map<String, Long>> deidentified,
      List<String> shards,
      String manifest,
      String manifestSha256) {

    /** Sorts and copies the maps and the list; missing ones are empty. */
    public Entry {
      operators = operators == null ? Map.of() : new TreeMap<>(operators);
      leftOutByReason = leftOutByReason == null ? Map.of() : new TreeMap<>(leftOutByReason);
      Map<String, Map<String, Long>> d = new TreeMap<>();
      if (deidentified != null) {
        deidentified.forEach((k, v) -> d.put(k, new TreeMap<>(v)));
      }
      deidentified = d;
      shards = shards == null ? List.of() : List.copyOf(shards);
    }

    /** Values replaced in all, every type and operator. */
    public long valuesReplaced() {
      return deidentified.values().stream()
          .flatMap(m -> m.values().stream())
          .mapToLong(Long::longValue)
          .sum();
    }

    /** The types whose values were exported as they are (operator {@code none}). */
    public List<String> keptAsIs() {
      List<String> out = new ArrayList<>();
      operators.forEach(
          (type, op) -> {
            if ("none".equals(op)) {
              out.add(type);
            }
          });
      return out;
    }
  }

  /** True when no export is recorded. */
  @JsonIgnore
  public boolean isEmpty() {
    return exports.isEmpty();
  }

  /** This log with {@code e}, replacing the entry of the same destination. */
  public ExportLog with(Entry e) {
    List<Entry> out = new ArrayList<>();
    for (Entry old : exports) {
      if (!old.destination().equals(e.destination())) {
        out.add(old);
      }
    }
    out.add(e);
    return new ExportLog(SCHEMA_VERSION, out);
  }

  /**
   * The log in the scan folder {@code dir}; {@link #EMPTY} when there is none.
   *
   * @throws IOException when the file exists but cannot be read as a log
   */
  public static ExportLog read(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return EMPTY;
    }
    ExportLog log = Json.mapper().readValue(file.toFile(), ExportLog.class);
    if (log == null) {
      throw new IOException(file + " is empty");
    }
    return log;
  }

  /**
   * The log for the reports: as {@link #read}, but a file that cannot be read counts as no export
   * recorded (the reports still render; the next export writes the file again).
   */
  static ExportLog readLenient(Path dir) {
    try {
      return read(dir);
    } catch (IOException | RuntimeException e) {
      return EMPTY;
    }
  }

  /** Writes the log into the scan folder {@code dir}, replacing the old one only once complete. */
  public void write(Path dir) throws IOException {
    AtomicFiles.write(
        dir.resolve(FILE), o -> Json.mapper().writerWithDefaultPrettyPrinter().writeValue(o, this));
  }
}
