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
import java.io.IOException;
import java.nio.channels.FileChannel;
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

  /** How a scan starts. */
  enum Mode {
    /** From nothing. */
    FRESH,
    /** Where a killed or stopped scan left off. */
    RESUME,
    /** From a finished scan of the same roots and options, reusing the unchanged items. */
    RESCAN
  }

  private final Path out;
  private final Mode mode;
  private final ObjectNode marker;
  private final boolean policyChanged;

  private Checkpoint(Path out, Mode mode, ObjectNode marker, boolean policyChanged) {
    this.out = out;
    this.mode = mode;
    this.marker = marker;
    this.policyChanged = policyChanged;
  }

  /**
   * Resumes the unfinished scan in {@code out}; or rescans the finished one whose findings depend
   * on the same things ({@code findings}), setting its items aside ({@link PreviousScan}); or
   * starts afresh (removing a finished scan's summary, so that no one takes the new scan's partial
   * items for a finished scan).
   *
   * @param restart start afresh, neither resuming nor reusing what is there
   * @param findings what findings depend on ({@link Fingerprint#findings}); null to reuse nothing
   * @throws IllegalArgumentException when {@code out} holds an unfinished scan of other roots or
   *     options and {@code restart} is false
   */
  static Checkpoint begin(Path out, ScanOptions options, boolean restart, String findings)
      throws IOException {
    Path marker = out.resolve(FILE);
    ObjectNode scan = fingerprint(options);
    scan.put("findings", findings);
    scan.put("policy", policyId(options));
    JsonNode saved = Files.isRegularFile(marker) ? read(marker) : null;
    if (saved != null && !restart && !finished(saved, out)) {
      if (!sameScan(saved, scan)) {
        throw new IllegalArgumentException(
            out
                + " holds an unfinished scan of other "
                + differences(saved, scan)
                + "; run that scan's command again to resume it, or add --restart to start over");
      }
      if (saved.path("rescan").asBoolean() && PreviousScan.present(out)) {
        if (findings != null && findings.equals(saved.path("findings").asText(null))) {
          // A killed rescan starts again from the same previous scan.
          ObjectNode again = (ObjectNode) saved;
          again.set("policy", scan.get("policy"));
          PreviousScan.moveAside(out);
          return new Checkpoint(out, Mode.RESCAN, again, policyChanged(saved, scan));
        }
      } else if (Files.isRegularFile(out.resolve(Scanner.ITEMS))) {
        return new Checkpoint(out, Mode.RESUME, (ObjectNode) saved, false);
      }
    }
    boolean rescan =
        saved != null
            && !restart
            && findings != null
            && finished(saved, out)
            && findings.equals(saved.path("findings").asText(null))
            && PreviousScan.present(out)
            && (!options.index() || Files.isDirectory(out.resolve(Scanner.INDEX)));
    scan.put("finished", false);
    scan.put("rescan", rescan);
    if (rescan) {
      scan.put("previousPolicy", saved.path("policy").asText(null));
      write(marker, scan); // unfinished from here: a kill now starts this rescan again
      Files.deleteIfExists(out.resolve(Scanner.SUMMARY));
      PreviousScan.moveAside(out);
      return new Checkpoint(out, Mode.RESCAN, scan, policyChanged(saved, scan));
    }
    Files.deleteIfExists(out.resolve(Scanner.SUMMARY));
    write(marker, scan);
    PreviousScan.remove(out);
    return new Checkpoint(out, Mode.FRESH, scan, false);
  }

  /** How this scan starts. */
  Mode mode() {
    return mode;
  }

  /** True when this scan goes on from a killed one. */
  boolean resuming() {
    return mode == Mode.RESUME;
  }

  /** True when this scan is a rescan under another policy than the previous scan's. */
  boolean policyChanged() {
    return policyChanged;
  }

  /** A marker written by a scan that finished says so; an older one existed only until then. */
  private static boolean finished(JsonNode saved, Path out) {
    return saved.has("finished")
        ? saved.get("finished").asBoolean()
        : Files.exists(out.resolve(Scanner.SUMMARY));
  }

  private static boolean sameScan(JsonNode saved, JsonNode now) {
    return List.of("tool", "roots", "options").stream()
        .allMatch(f -> now.path(f).equals(saved.path(f)));
  }

  private static boolean policyChanged(JsonNode previous, JsonNode now) {
    String before =
        previous.has("previousPolicy")
            ? previous.path("previousPolicy").asText(null)
            : previous.path("policy").asText(null);
    return !now.path("policy").asText("").equals(before);
  }

  private static String policyId(ScanOptions options) {
    return options.policy().origin() + " " + options.policy().sha256();
  }

  private static void write(Path marker, JsonNode scan) throws IOException {
    AtomicFiles.write(
        marker, o -> Json.mapper().writerWithDefaultPrettyPrinter().writeValue(o, scan));
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
    JsonlLines lines = new JsonlLines();
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
            new JsonlLines()
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

  /**
   * Marks the scan finished, once its summary is written: the marker stays, saying what the next
   * scan of the same roots may reuse, and a rescan's previous items go.
   */
  void finished() throws IOException {
    marker.put("finished", true);
    marker.remove("previousPolicy");
    write(out.resolve(FILE), marker);
    PreviousScan.remove(out);
  }

  private static ObjectNode fingerprint(ScanOptions options) throws IOException {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("tool", ToolVersion.get());
    node.set(
        "roots", Json.mapper().valueToTree(options.roots().stream().map(Path::toString).toList()));
    Map<String, Object> described = options.describe();
    described.remove("threads"); // any number of threads gives the same items
    node.set("options", Json.mapper().valueToTree(described));
    return (ObjectNode) Json.mapper().readTree(node.toString());
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
}
