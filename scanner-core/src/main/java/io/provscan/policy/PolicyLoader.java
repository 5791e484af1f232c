package io.provscan.policy;

import io.provscan.internal.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads a policy: the bundled default, or a file over it. The file only states what it changes:
 * every key it leaves out keeps the bundled default ({@code default-policy.yaml}). Strict, as our
 * own configuration should be: an unknown key, a misspelt category or type, or an action other than
 * allow/review/block fails with a message naming the file, the line and the key.
 */
public final class PolicyLoader {
  /** The bundled default policy, a resource beside this class. */
  public static final String DEFAULT = "default-policy.yaml";

  private PolicyLoader() {}

  /** The bundled default policy. */
  public static Policy bundled() {
    try (InputStream in = PolicyLoader.class.getResourceAsStream(DEFAULT)) {
      byte[] bytes = in.readAllBytes();
      return PolicySections.read(
          "bundled default",
          Hashing.sha256Hex(bytes, bytes.length),
          PolicyYaml.tree("bundled default", bytes),
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
    return read(file.toString(), Files.readAllBytes(file));
  }

  /**
   * Reads a policy file's {@code bytes} over the bundled defaults; {@code origin} names it in
   * messages and in the summary (a Spark job reads the file on its driver, from any file system,
   * and its executors judge with the same bytes).
   *
   * @throws IllegalArgumentException naming the origin, line and key of the first problem
   */
  public static Policy read(String origin, byte[] bytes) {
    Policy defaults = bundled();
    PolicyYaml.Node root = PolicyYaml.tree(origin, bytes);
    return PolicySections.read(origin, Hashing.sha256Hex(bytes, bytes.length), root, defaults);
  }
}
