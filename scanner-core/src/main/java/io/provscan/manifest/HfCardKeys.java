package io.provscan.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;

/**
 * The front-matter keys that tell a Hugging Face card from other YAML front matter, and a model
 * card from a dataset card (hub-docs {@code modelcard.md}, {@code datasetcard.md}).
 */
final class HfCardKeys {
  /** Keys only model cards have (hub-docs {@code modelcard.md}). */
  static final Set<String> MODEL_KEYS =
      Set.of(
          "base_model",
          "base_model_relation",
          "pipeline_tag",
          "library_name",
          "model-index",
          "model_name",
          "datasets");

  /** Keys only dataset cards have (hub-docs {@code datasetcard.md}). */
  static final Set<String> DATASET_KEYS =
      Set.of(
          "dataset_info",
          "configs",
          "size_categories",
          "source_datasets",
          "task_ids",
          "pretty_name",
          "annotations_creators",
          "language_creators",
          "multilinguality",
          "paperswithcode_id",
          "train-eval-index");

  /** Keys either kind of card may have; a front matter with none of these is not a card. */
  static final Set<String> COMMON_KEYS =
      Set.of(
          "license",
          "licenses",
          "license_name",
          "license_link",
          "license_details",
          "language",
          "languages",
          "tags",
          "task_categories",
          "extra_gated_prompt",
          "extra_gated_fields");

  private HfCardKeys() {}

  /** Whether a front matter has any card key: a static-site page's has none. */
  static boolean isCard(JsonNode yaml) {
    for (Map.Entry<String, JsonNode> e : yaml.properties()) {
      String k = e.getKey();
      if (MODEL_KEYS.contains(k) || DATASET_KEYS.contains(k) || COMMON_KEYS.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a card is a model card: it has a model-only key and no dataset-only key. */
  static boolean isModel(JsonNode yaml) {
    boolean model = false;
    for (Map.Entry<String, JsonNode> e : yaml.properties()) {
      if (DATASET_KEYS.contains(e.getKey())) {
        return false;
      }
      model |= MODEL_KEYS.contains(e.getKey());
    }
    return model;
  }
}
