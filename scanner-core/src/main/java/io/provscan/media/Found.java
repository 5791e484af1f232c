package io.provscan.media;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one file's walk found, as metadata entries: {@code plus:DataMining} values as written,
 * {@code c2pa:<assertion>/<entry>} for each training-mining entry of the active manifest, and
 * {@code plus:error} / {@code c2pa:error} when a structure could not be read. Used by one thread.
 */
final class Found {
  /** Entry naming an unreadable XMP packet: {@value}. */
  static final String XMP_ERROR = "plus:error";

  /** Entry naming an unreadable C2PA manifest store: {@value}. */
  static final String C2PA_ERROR = "c2pa:error";

  /** Most values kept per entry: {@value}. */
  static final int MAX_VALUES = 10;

  private final Map<String, List<String>> entries = new LinkedHashMap<>();

  void add(String key, String value) {
    List<String> values = entries.computeIfAbsent(key, k -> new ArrayList<>());
    if (values.size() < MAX_VALUES && !values.contains(value)) {
      values.add(value);
    }
  }

  /** An XMP packet found in {@code where}. */
  void xmp(byte[] packet, String where) {
    Xmp.dataMining(packet, where, this);
  }

  /** A C2PA manifest store (a JUMBF superbox) found in {@code where}. */
  void c2pa(byte[] store, String where) {
    C2paStore.read(store, where, this);
  }

  Map<String, List<String>> entries() {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    entries.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return copy;
  }
}
