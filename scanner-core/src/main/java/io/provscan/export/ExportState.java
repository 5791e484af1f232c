package io.provscan.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.internal.AtomicFiles;
import io.provscan.internal.Json;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What lets an interrupted export go on: {@value #FILE} in the export folder, rewritten (temp name,
 * then rename) each time a shard is finished. It names the settings (so a different export is not
 * mixed in), how many items of the walk are done, the shards finished, how far {@code
 * dropped.jsonl} had got, and the counts so far. Anything written after that point (a shard under
 * its temporary name, a shard renamed just before the kill) is written again, to the same bytes.
 * Removed once the manifest is written.
 *
 * @param fingerprint the settings and the scan's identity; a resume needs the same
 * @param position items of the walk done (the next one to export is at this index)
 * @param shards the shards finished
 * @param droppedBytes the length of the dropped-items log at that point
 * @param tally the counts at that point
 */
record ExportState(
    JsonNode fingerprint,
    long position,
    List<ShardFile> shards,
    long droppedBytes,
    Tally.State tally) {

  /** The state file in the export folder. */
  static final String FILE = ".provscan-export.json";

  /** The suffix of files being written; never a final name. */
  static final String PARTIAL = ".partial";

  /** Copies the shard list. */
  ExportState {
    shards = List.copyOf(shards);
  }

  /**
   * The state to start from: the saved one when {@code dest} holds an unfinished export with the
   * same fingerprint, else a fresh one (the export's own files, finished or not, are removed).
   *
   * @throws IllegalArgumentException when {@code dest} holds an unfinished export of other settings
   *     and {@code restart} is false
   */
  static ExportState begin(Path dest, JsonNode fingerprint, boolean restart) throws IOException {
    Path file = dest.resolve(FILE);
    if (Files.isRegularFile(file) && !restart) {
      ExportState saved = read(file);
      if (saved != null && fingerprint.equals(saved.fingerprint())) {
        return saved;
      }
      if (saved != null) {
        throw new IllegalArgumentException(
            dest
                + " holds an unfinished export of another scan or other settings; run that"
                + " export again to finish it, or add --restart to start over");
      }
    }
    clean(dest);
    ExportState fresh = new ExportState(fingerprint, 0, List.of(), 0, Tally.empty().snapshot());
    fresh.save(dest);
    return fresh;
  }

  /** True when this export goes on from an interrupted one. */
  boolean resuming() {
    return position > 0;
  }

  /** Writes the state, replacing the last one only once complete. */
  void save(Path dest) throws IOException {
    AtomicFiles.write(dest.resolve(FILE), o -> Json.mapper().writeValue(o, this));
  }

  /** Removes the state: the export is finished. */
  static void finished(Path dest) throws IOException {
    Files.deleteIfExists(dest.resolve(FILE));
  }

  private static ExportState read(Path file) {
    try {
      return Json.mapper().readValue(file.toFile(), ExportState.class);
    } catch (IOException e) {
      return null; // a broken state is no state: start afresh
    }
  }

  /** Removes what an earlier export wrote here: shards, logs, manifest, page, partial files. */
  private static void clean(Path dest) throws IOException {
    List<Path> ours = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dest)) {
      for (Path f : files) {
        String n = f.getFileName().toString();
        if (n.startsWith("part-")
            || n.endsWith(PARTIAL)
            || n.equals(Exporter.DROPPED)
            || n.equals(Exporter.MANIFEST)
            || n.equals(Exporter.PAGE)) {
          ours.add(f);
        }
      }
    }
    for (Path f : ours) {
      Files.deleteIfExists(f);
    }
  }

  /** Removes partial files and shards past the saved ones, before a resume writes them again. */
  void removeUnsaved(Path dest) throws IOException {
    List<String> kept = shards.stream().map(ShardFile::name).toList();
    List<Path> stale = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dest)) {
      for (Path f : files) {
        String n = f.getFileName().toString();
        boolean partial = n.endsWith(PARTIAL) && !n.equals(Exporter.DROPPED + PARTIAL);
        if (partial || (n.startsWith("part-") && !kept.contains(n))) {
          stale.add(f);
        }
      }
    }
    for (Path f : stale) {
      Files.deleteIfExists(f);
    }
  }
}
