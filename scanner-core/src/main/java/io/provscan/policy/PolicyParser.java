package io.provscan.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.provscan.internal.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a policy file. The file only states what it changes: every key it leaves out keeps the
 * bundled default ({@code default-policy.yaml}). Strict, as our own configuration should be: an
 * unknown key, a misspelt category or type, or an action other than allow/review/block fails with a
 * message naming the file, the line and the key.
 */
public final class PolicyParser {
  /** The bundled default policy, a resource beside this class. */
  public static final String DEFAULT = "default-policy.yaml";

  private static final YAMLFactory YAML = new YAMLFactory();

  private PolicyParser() {}

  /** The bundled default policy. */
  public static Policy bundled() {
    try (InputStream in = PolicyParser.class.getResourceAsStream(DEFAULT)) {
      byte[] bytes = in.readAllBytes();
      return PolicyReader.read(
          "bundled default",
          Hashing.sha256Hex(bytes, bytes.length),
          tree("bundled default", bytes),
          null);
    } catch (IOException e) {
      throw new IllegalStateException("the bundled default policy does not load", e);
    }
  }

  /**
   * Reads {@code file} over the bundled defaults.
   *
   * @throws IllegalArgumentException naming the file, line and key of the first problem
   * @throws IOException when the file cannot be read
   */
  public static Policy read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Policy defaults = bundled();
    Node root = tree(file.toString(), bytes);
    return PolicyReader.read(
        file.toString(), Hashing.sha256Hex(bytes, bytes.length), root, defaults);
  }

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
    int line = p.currentTokenLocation().getLineNr();
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
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
    if (t == JsonToken.START_ARRAY) {
      List<Node> list = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        list.add(read(p, file));
      }
      return new Node(list, line, file);
    }
    return new Node(t == JsonToken.VALUE_NULL ? null : p.getText(), line, file);
  }
}
