package io.provscan.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code dataset_info.json} of Hugging Face {@code datasets}: the {@code DatasetInfo}
 * that {@code Dataset.save_to_disk()} writes beside the Arrow files (and {@code
 * DatasetDict.save_to_disk()} into each split's folder), as {@code json.dumps(asdict(info))}
 * ({@code datasets/info.py}). Its {@code license} is a free-text string, often empty; when set it
 * is declared as a dataset card's {@code license} is, and its problems (a name provscan does not
 * recognise) are the source's.
 */
final class HfDatasetInfo {
  /** The format's id, as {@link Manifest#format()} and {@code facts.manifest} give it. */
  static final String FORMAT = "huggingface-dataset-info";

  /**
   * Keys {@code datasets} writes in snake case; TensorFlow Datasets writes a {@code
   * dataset_info.json} too, in camel case ({@code configName}) and without these.
   */
  private static final Set<String> KEYS =
      Set.of("builder_name", "config_name", "dataset_name", "features", "license");

  private HfDatasetInfo() {}

  /** Whether the JSON is a {@code datasets} {@code DatasetInfo}: an object with one of its keys. */
  static boolean isDatasetInfo(JsonNode json) {
    return json.isObject() && KEYS.stream().anyMatch(json::has);
  }

  static Manifest read(ManifestFile file, JsonNode json, LicenseNormalizer names) {
    Draft draft = new Draft(file, FORMAT, names);
    // DatasetInfo.from_merge joins the licences of merged datasets with a blank line.
    for (String license : lines(LenientJson.text(json, "license"))) {
      draft.license(license);
    }
    draft.name = LenientJson.text(json, "dataset_name");
    draft.fact("datasetName", draft.name);
    draft.fact("description", LenientJson.text(json, "description"));
    draft.fact("citation", LenientJson.text(json, "citation"));
    draft.fact("homepage", LenientJson.text(json, "homepage"));
    draft.fact("builderName", LenientJson.text(json, "builder_name"));
    draft.fact("configName", LenientJson.text(json, "config_name"));
    draft.fact("version", version(json.get("version")));
    draft.fact("splits", fieldNames(json.get("splits")));
    draft.fact("features", fieldNames(json.get("features")));
    draft.fact("datasetSize", bytes(json.get("dataset_size")));
    draft.fact("downloadSize", bytes(json.get("download_size")));
    return draft.build();
  }

  private static List<String> lines(String licenses) {
    List<String> out = new ArrayList<>();
    if (licenses != null) {
      for (String l : licenses.split("\\R\\s*\\R")) {
        if (!l.isBlank() && !out.contains(l.strip())) {
          out.add(l.strip());
        }
      }
    }
    return out;
  }

  /** {@code version}: a string, or the {@code {version_str, major, …}} of {@code Version}. */
  private static String version(JsonNode version) {
    return version != null && version.isObject()
        ? LenientJson.text(version, "version_str")
        : LenientJson.text(version);
  }

  /** The keys of an object ({@code splits} and {@code features} are keyed by name). */
  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node != null && node.isObject()) {
      node.properties().forEach(e -> names.add(e.getKey()));
    }
    return names;
  }

  private static Long bytes(JsonNode node) {
    return node != null && node.isIntegralNumber() && node.asLong() >= 0 ? node.asLong() : null;
  }
}
