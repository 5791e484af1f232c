package io.provscan.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The data files a Hugging Face dataset card lists in its {@code configs}. */
final class HfDataFiles {
  private HfDataFiles() {}

  /**
   * {@code configs[].data_files}: a string, a list of strings, a list of {@code {split, path}}
   * (path a string or a list), or a map of split to paths. Paths are relative to the repository,
   * which is the card's folder; globs must match some scanned file, plain paths must exist.
   */
  static void read(JsonNode yaml, Draft draft) {
    List<String> written = new ArrayList<>();
    for (JsonNode config : LenientJson.each(yaml.get("configs"))) {
      if (config.isObject()) {
        collectPaths(config.get("data_files"), written);
      }
    }
    draft.fact("dataFiles", written);
    for (String pattern : written) {
      String local = draft.local(pattern);
      if (local == null) {
        continue;
      }
      if (Globs.isGlob(local)) {
        draft.patterns.add(new FilePattern(local, pattern));
      } else {
        draft.files.add(new ListedFile(local, pattern, null, null, draft.licenses()));
      }
    }
  }

  private static void collectPaths(JsonNode node, List<String> out) {
    if (node == null || node.isNull()) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collectPaths(n, out));
    } else if (node.isObject()) {
      if (node.has("path")) {
        collectPaths(node.get("path"), out);
      } else {
        node.properties().forEach(e -> collectPaths(e.getValue(), out));
      }
    } else {
      String t = LenientJson.text(node);
      if (t != null && !out.contains(t)) {
        out.add(t);
      }
    }
  }
}
