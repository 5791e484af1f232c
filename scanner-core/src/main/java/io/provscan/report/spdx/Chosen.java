package io.provscan.report.spdx;

import io.provscan.detect.LicenseFinding;
import io.provscan.record.ItemRecord;
import io.provscan.source.ItemStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.spdx.library.model.v3_0_1.dataset.DatasetType;

/**
 * What the document needs from {@code items.jsonl}, gathered in one pass: the files it lists (those
 * with licence findings first, up to the cap), the names of the licences found, and the kinds of
 * data per source. Memory is bounded by the cap.
 */
final class Chosen {
  /** Licence names remembered for {@code LicenseRef-} elements. */
  static final int MAX_NAMES = 10_000;

  private final int cap;
  private final List<FileEntry> withLicences = new ArrayList<>();
  private final List<FileEntry> others = new ArrayList<>();
  final Map<String, String> names = new HashMap<>();
  final Map<String, Set<DatasetType>> types = new HashMap<>();
  long items;

  Chosen(int cap) {
    this.cap = cap;
  }

  void add(ItemRecord r) {
    items++;
    for (LicenseFinding l : r.licenses()) {
      if (l.spdx() != null && l.name() != null && names.size() < MAX_NAMES) {
        names.putIfAbsent(l.spdx(), l.name());
      }
    }
    DatasetType type = type(r.mediaType());
    if (r.source() != null && type != null) {
      types.computeIfAbsent(r.source(), k -> new LinkedHashSet<>()).add(type);
    }
    List<FileEntry> list = r.licenses().isEmpty() ? others : withLicences;
    if (list.size() < cap) {
      list.add(FileEntry.of(r));
    }
  }

  /** The files listed: those with licences first, then the others, at most the cap in all. */
  List<FileEntry> files() {
    List<FileEntry> all = new ArrayList<>(withLicences);
    all.addAll(others.subList(0, Math.min(others.size(), Math.max(0, cap - all.size()))));
    return all;
  }

  /** The Dataset profile's data kind of a media type, or null when it says nothing. */
  static DatasetType type(String mediaType) {
    if (mediaType == null) {
      return null;
    }
    String m = mediaType.toLowerCase(Locale.ROOT);
    if (m.startsWith("image/")) {
      return DatasetType.IMAGE;
    }
    if (m.startsWith("audio/")) {
      return DatasetType.AUDIO;
    }
    if (m.startsWith("video/")) {
      return DatasetType.VIDEO;
    }
    if (m.contains("json")
        || m.contains("csv")
        || m.contains("tab-separated")
        || m.contains("spreadsheet")
        || m.contains("parquet")
        || m.contains("sqlite")) {
      return DatasetType.STRUCTURED;
    }
    if (m.startsWith("text/")
        || m.contains("pdf")
        || m.contains("word")
        || m.contains("xml")
        || m.contains("epub")
        || m.contains("opendocument")
        || m.contains("rtf")) {
      return DatasetType.TEXT;
    }
    return null;
  }

  /**
   * One file of the document.
   *
   * @param path its path in the report
   * @param sha256 its hash, or null
   * @param mediaType its media type, or null
   * @param source the source it belongs to
   * @param failure {@code status: kind} when it failed or was skipped, else null
   * @param licences the licence ids found in it
   */
  record FileEntry(
      String path,
      String sha256,
      String mediaType,
      String source,
      String failure,
      List<String> licences) {
    static FileEntry of(ItemRecord r) {
      List<String> ids = new ArrayList<>();
      r.licenses().forEach(l -> ids.add(l.spdx()));
      String failure =
          r.status() == ItemStatus.OK || r.error() == null
              ? null
              : r.status().name().toLowerCase(Locale.ROOT) + ": " + r.error().kind().json();
      return new FileEntry(r.path(), r.sha256(), r.mediaType(), r.source(), failure, ids);
    }
  }
}
