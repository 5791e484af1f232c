package io.provscan.licensedb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict reads of the fields of one YAML data file: a field of the wrong shape, a blank value or an
 * unknown field fails with a message that names the file and the field ({@code file: field 'x'
 * problem}), so a bad data file stops the build at the line that is wrong.
 */
final class YamlFields {
  private final String file;

  /**
   * Reads fields of {@code file}.
   *
   * @param file how the file is named in messages (its path from the project root)
   */
  YamlFields(String file) {
    this.file = file;
  }

  /** Fails on a field of {@code node} not in {@code allowed}; {@code prefix} leads its name. */
  void onlyFields(JsonNode node, Set<String> allowed, String prefix) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      if (!allowed.contains(name)) {
        throw fail(prefix + name, "is not a known field; expected one of " + allowed);
      }
    }
  }

  /** A non-blank string field, stripped. */
  String requiredText(JsonNode node, String name) {
    return requiredText(node, name, name);
  }

  /** A non-blank string field, stripped; {@code field} is its name in messages. */
  String requiredText(JsonNode node, String name, String field) {
    String value = optionalText(node, name, field);
    if (value == null) {
      throw fail(field, "is required");
    }
    return value;
  }

  /** A string field, stripped, or null when absent; blank fails. */
  String optionalText(JsonNode node, String name) {
    return optionalText(node, name, name);
  }

  /** A string field, stripped, or null; {@code field} is its name in messages. */
  String optionalText(JsonNode node, String name, String field) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw fail(field, "must be a string (quote it), got " + v);
    }
    if (v.asText().isBlank()) {
      throw fail(field, "must not be blank");
    }
    return v.asText().strip();
  }

  /** A list of non-blank strings, stripped; empty when absent. */
  List<String> texts(JsonNode node, String name) {
    return texts(node, name, name);
  }

  /** A list of non-blank strings, stripped; {@code field} is its name in messages. */
  List<String> texts(JsonNode node, String name, String field) {
    JsonNode v = node.get(name);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw fail(field, "must be a list of strings");
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      if (!item.isTextual() || item.asText().isBlank()) {
        throw fail(field + "[" + i + "]", "must be a non-blank string, got " + item);
      }
      out.add(item.asText().strip());
    }
    return out;
  }

  /** The error for a field of this file. */
  IllegalArgumentException fail(String field, String problem) {
    return new IllegalArgumentException(file + ": field '" + field + "' " + problem);
  }
}
