package io.provscan.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Lenient reads of manifest values that may be a string, a list, an object or missing. */
final class LenientJson {
  private LenientJson() {}

  /** The text of a scalar, or null for missing, null, objects and lists. */
  static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isContainerNode() || node.isMissingNode()) {
      return null;
    }
    String t = node.asText().strip();
    return t.isEmpty() ? null : t;
  }

  /** The field's text, or null. */
  static String text(JsonNode parent, String field) {
    return parent == null ? null : text(parent.get(field));
  }

  /** A scalar or a list of scalars as strings; objects' {@code fields} tried in order. */
  static List<String> texts(JsonNode node, String... fields) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(n -> out.addAll(texts(n, fields)));
      return out;
    }
    if (node.isObject()) {
      for (String f : fields) {
        String t = text(node, f);
        if (t != null) {
          out.add(t);
          break;
        }
      }
      return out;
    }
    String t = text(node);
    if (t != null) {
      out.add(t);
    }
    return out;
  }

  /** A node or each element of an array. */
  static List<JsonNode> each(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node == null || node.isNull() || node.isMissingNode()) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(out::add);
    } else {
      out.add(node);
    }
    return out;
  }

  /** The field of an object whose name equals {@code name} without regard to case, or null. */
  static JsonNode fieldIgnoringCase(JsonNode object, String name) {
    if (object == null || !object.isObject()) {
      return null;
    }
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      if (e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Whether a JSON-LD {@code @type} (string or list) ends with {@code type}. */
  static boolean hasType(JsonNode node, String type) {
    for (String t : texts(node == null ? null : node.get("@type"))) {
      if (t.equals(type) || t.endsWith(":" + type) || t.endsWith("/" + type)) {
        return true;
      }
    }
    return false;
  }

  /** The whole value as text: a scalar's text, or the JSON of an object or list. */
  static String asText(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      List<String> parts = new ArrayList<>();
      node.forEach(n -> parts.add(asText(n)));
      parts.removeIf(p -> p == null);
      return parts.isEmpty() ? null : String.join("\n", parts);
    }
    return node.isContainerNode() ? node.toString() : text(node);
  }
}
