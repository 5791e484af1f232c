package io.provscan.export;

import io.provscan.detect.pii.PiiType;
import io.provscan.policy.Policy;
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

  /**
   * The operators a policy's {@code export.operators} names, over the defaults (every type masked),
   * with {@code salt}.
   */
  public static PiiOperators fromPolicy(Policy policy, String salt) {
    Map<String, Operator> byType = new TreeMap<>();
    Operator fallback = DEFAULTS.fallback();
    if (policy != null) {
      for (Map.Entry<String, String> e : policy.exportOperators().entrySet()) {
        if (Policy.DEFAULT_OPERATOR.equals(e.getKey())) {
          fallback = Operator.of(e.getValue());
        } else {
          byType.put(e.getKey(), Operator.of(e.getValue()));
        }
      }
    }
    return new PiiOperators(fallback, byType, salt);
  }

  /**
   * These operators overridden by the command line's: {@code all}, when given, for every type (the
   * policy's per-type choices included), then {@code byTypeGiven} for single types.
   *
   * @param all the operator of {@code --pii}, or null when not given
   * @param byTypeGiven the operators of {@code --pii-type}
   */
  public PiiOperators overriddenBy(Operator all, Map<String, Operator> byTypeGiven) {
    Map<String, Operator> merged = new TreeMap<>(all == null ? byType : Map.of());
    merged.putAll(byTypeGiven);
    return new PiiOperators(all == null ? fallback : all, merged, salt);
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
