package io.provscan.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.internal.Json;

/** Shows values of {@code summary.json} whose shape the manifest decides (a source's facts). */
final class Nodes {
  private Nodes() {}

  /** A value as a reader sees it: strings as they are, anything else as compact JSON. */
  static String show(Object value) {
    if (value == null) {
      return "null";
    }
    JsonNode v = Json.mapper().valueToTree(value);
    return v.isValueNode() ? v.asText() : v.toString();
  }
}
