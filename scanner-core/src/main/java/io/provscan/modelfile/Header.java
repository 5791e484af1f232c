package io.provscan.modelfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metadata entries a header gave, in the file's order, bounded in count. Used by one thread.
 */
final class Header {
  /** Most entries kept per file: {@value}. */
  static final int MAX_ENTRIES = 200;

  private final Map<String, List<String>> entries = new LinkedHashMap<>();

  void put(String key, String value) {
    putAll(key, List.of(value));
  }

  void putAll(String key, List<String> values) {
    if (entries.size() < MAX_ENTRIES || entries.containsKey(key)) {
      entries.computeIfAbsent(key, k -> new ArrayList<>()).addAll(values);
    }
  }

  Map<String, List<String>> entries() {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    entries.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return copy;
  }
}
