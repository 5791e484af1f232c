package io.provscan.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a policy file's YAML into a tree whose every value knows its line, so that each error can
 * name where the policy says it. A key given twice is an error (YAML leaves it undefined).
 */
final class PolicyYaml {
  private static final YAMLFactory YAML = new YAMLFactory();

  private PolicyYaml() {}

  /** A YAML value with the line it starts on. */
  record Node(Object value, int line, String file) {
    @SuppressWarnings("unchecked")
    Map<String, Node> map() {
      return (Map<String, Node>) value;
    }

    @SuppressWarnings("unchecked")
    List<Node> list() {
      return (List<Node>) value;
    }

    IllegalArgumentException error(String message) {
      return new IllegalArgumentException("policy " + file + ": line " + line + ": " + message);
    }
  }

  static Node tree(String file, byte[] bytes) {
    try (JsonParser p = YAML.createParser(bytes)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return new Node(new LinkedHashMap<String, Node>(), 1, file);
      }
      return read(p, file);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : at.getLineNr();
      throw new IllegalArgumentException(
          "policy "
              + file
              + ": line "
              + line
              + ": not valid YAML: "
              + e.getOriginalMessage().replaceAll("\\s*\\R\\s*", "; "),
          e);
    } catch (IOException e) {
      throw new IllegalArgumentException("policy " + file + ": cannot be read: " + e, e);
    }
  }

  private static Node read(JsonParser p, String file) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      return object(p, file);
    }
    int line = p.currentTokenLocation().getLineNr();
    if (t == JsonToken.START_ARRAY) {
      List<Node> list = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        list.add(read(p, file));
      }
      return new Node(list, line, file);
    }
    return new Node(t == JsonToken.VALUE_NULL ? null : p.getText(), line, file);
  }

  private static Node object(JsonParser p, String file) throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    Map<String, Node> map = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      int keyLine = p.currentTokenLocation().getLineNr();
      p.nextToken();
      if (map.containsKey(key)) {
        throw new Node(null, keyLine, file).error("key '" + key + "' appears twice");
      }
      Node value = read(p, file);
      map.put(key, new Node(value.value(), keyLine, file)); // errors point at the key's line
    }
    return new Node(map, line, file);
  }
}
