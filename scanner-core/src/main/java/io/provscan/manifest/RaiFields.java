package io.provscan.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Croissant Responsible-AI extension's fields (croissant-rai-spec.md, version 1.0): free text
 * about how the data was collected, annotated and may be used, kept for the report (the spec ties
 * {@code personalSensitiveInformation}, {@code dataUseCases} and {@code dataLimitations} to EU AI
 * Act Annex IV documentation).
 */
final class RaiFields {
  /** The RAI namespace, for keys written in full. */
  static final String RAI_NAMESPACE = "http://mlcommons.org/croissant/rai/";

  /**
   * RAI property names (croissant-rai-spec.md 1.0, property table), by their lower-cased spelling,
   * with the spellings the spec's own prose and examples drift to ({@code annotatorsDemographics},
   * {@code annotationProtocol}, {@code dataCollectionRaw}, {@code useCases}, …). Matching is
   * without regard to case, which also covers {@code dataCollectionTimeFrame}.
   */
  static final Map<String, String> RAI_NAMES = raiNames();

  private RaiFields() {}

  private static Map<String, String> raiNames() {
    Map<String, String> m = new HashMap<>();
    for (String name :
        List.of(
            "dataCollection",
            "dataCollectionType",
            "dataCollectionMissingData",
            "dataCollectionRawData",
            "dataCollectionTimeframe",
            "dataCollectionTimeframeStart",
            "dataCollectionTimeframeEnd",
            "dataImputationProtocol",
            "dataManipulationProtocol",
            "dataPreprocessingProtocol",
            "dataAnnotationProtocol",
            "dataAnnotationPlatform",
            "dataAnnotationAnalysis",
            "dataReleaseMaintenancePlan",
            "personalSensitiveInformation",
            "dataSocialImpact",
            "dataBiases",
            "dataLimitations",
            "dataUseCases",
            "annotationsPerItem",
            "annotatorDemographics",
            "machineAnnotationTools")) {
      m.put(name.toLowerCase(Locale.ROOT), name);
    }
    m.put("annotatorsdemographics", "annotatorDemographics");
    m.put("annotationprotocol", "dataAnnotationProtocol");
    m.put("annotationplatform", "dataAnnotationPlatform");
    m.put("datacollectionraw", "dataCollectionRawData");
    m.put("datareleasemaintenance", "dataReleaseMaintenancePlan");
    m.put("usecases", "dataUseCases");
    return Map.copyOf(m);
  }

  /**
   * The RAI fields of a dataset, under their spec names; unknown {@code rai:} keys keep their own.
   */
  static Map<String, Object> of(JsonNode json) {
    Map<String, Object> rai = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : json.properties()) {
      String key = e.getKey();
      String lower = key.toLowerCase(Locale.ROOT);
      String local = null;
      if (lower.startsWith("rai:")) {
        local = key.substring(4);
      } else if (lower.startsWith(RAI_NAMESPACE)) {
        local = key.substring(RAI_NAMESPACE.length());
      }
      if (local != null) {
        String name = RAI_NAMES.getOrDefault(local.toLowerCase(Locale.ROOT), local);
        String value = LenientJson.asText(e.getValue());
        if (value != null) {
          rai.merge(name, value, (a, b) -> a + "\n" + b);
        }
      }
    }
    return rai;
  }
}
