package io.provscan.detect.pii;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the names {@code --pii-types} accepts: personal-data types and sensitive categories, both
 * taken from their enums, so that a new constant is accepted, validated and listed in help without
 * another edit.
 */
public final class PiiSelection {
  private PiiSelection() {}

  /**
   * Checks every name.
   *
   * @throws IllegalArgumentException naming the first unknown value and the accepted names
   */
  public static void validate(List<String> names) {
    for (String name : names) {
      if (type(name).isEmpty() && category(name).isEmpty()) {
        throw new IllegalArgumentException(
            "--pii-types: unknown type or category '" + name + "'; expected one of " + accepted());
      }
    }
  }

  /** The type called {@code name} (any case), if there is one. */
  public static Optional<PiiType> type(String name) {
    String n = name.strip().toUpperCase(Locale.ROOT);
    for (PiiType t : PiiType.values()) {
      if (t.name().equals(n)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The category called {@code name} (any case), if there is one. */
  public static Optional<SensitiveCategory> category(String name) {
    String n = name.strip().toUpperCase(Locale.ROOT);
    for (SensitiveCategory c : SensitiveCategory.values()) {
      if (c.name().equals(n)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Every accepted name, types first. */
  public static List<String> accepted() {
    return new ArrayList<>(help().keySet());
  }

  /**
   * Every accepted name with its one-sentence help text, in the order of {@link #accepted()}: for
   * {@code --help} and the docs.
   */
  public static Map<String, String> help() {
    Map<String, String> help = new LinkedHashMap<>();
    for (PiiType t : PiiType.values()) {
      help.put(t.name(), t.help());
    }
    for (SensitiveCategory c : SensitiveCategory.values()) {
      help.put(c.name(), c.help());
    }
    return Collections.unmodifiableMap(help);
  }
}
