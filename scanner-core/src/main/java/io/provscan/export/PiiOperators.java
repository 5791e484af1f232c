package io.provscan.export;

import io.provscan.detect.pii.PiiType;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which {@link Operator} the export applies to each personal-data type, and the salt of {@link
 * Operator#HASH}.
 *
 * @param fallback the operator of every type not named in {@code byType}
 * @param byType operators chosen for single types, by type name
 * @param salt the secret mixed into hashes; null when no type is hashed
 */
public record PiiOperators(Operator fallback, Map<String, Operator> byType, String salt) {
  /** The default: every type masked, as the report masks it. */
  public static final PiiOperators DEFAULTS = new PiiOperators(Operator.MASK, Map.of(), null);

  /** Shortest salt accepted: {@value} characters (a short salt lets values be guessed back). */
  public static final int MIN_SALT = 16;

  /** Sorts and freezes the map. */
  public PiiOperators {
    byType = Collections.unmodifiableMap(new TreeMap<>(byType));
  }

  /** The operator of {@code type}. */
  public Operator of(String type) {
    return byType.getOrDefault(type, fallback);
  }

  /**
   * These operators, checked: known type names, and a salt of at least {@value #MIN_SALT}
   * characters when any type is hashed.
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public PiiOperators validated() {
    for (String type : byType.keySet()) {
      try {
        PiiType.valueOf(type);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown personal-data type '" + type + "' in --pii-type; see provscan scan --help");
      }
    }
    boolean hashing = fallback == Operator.HASH || byType.containsValue(Operator.HASH);
    if (hashing && (salt == null || salt.length() < MIN_SALT)) {
      throw new IllegalArgumentException(
          "the hash operator needs --salt or --salt-file of at least "
              + MIN_SALT
              + " characters"
              + (salt == null ? "" : " (got " + salt.length() + ")"));
    }
    return this;
  }

  /** The effective operator of every type, for the manifest. */
  public Map<String, String> describe() {
    Map<String, String> m = new TreeMap<>();
    for (PiiType t : PiiType.values()) {
      m.put(t.name(), of(t.name()).id());
    }
    return m;
  }
}
