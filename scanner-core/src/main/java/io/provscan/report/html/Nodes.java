package io.provscan.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the parts of {@code summary.json} the page shows, tolerating missing fields. */
final class Nodes {
  private Nodes() {}

  static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isMissingNode() || v.isNull() ? null : show(v);
  }

  static long num(JsonNode node, String field) {
    return node.path(field).asLong(0);
  }

  /** An object of counts, in its own order. */
  static Map<String, Long> counts(JsonNode obj) {
    Map<String, Long> m = new LinkedHashMap<>();
    obj.properties().forEach(e -> m.put(e.getKey(), e.getValue().asLong()));
    return m;
  }

  static List<String> strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    arr.forEach(v -> out.add(show(v)));
    return out;
  }

  /** A value as a reader sees it: strings as they are, anything else as compact JSON. */
  static String show(JsonNode v) {
    return v.isValueNode() ? v.asText() : v.toString();
  }
}
