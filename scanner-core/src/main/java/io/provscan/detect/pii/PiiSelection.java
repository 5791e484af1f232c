package io.provscan.detect.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the names {@code --pii-types} accepts: personal-data types and sensitive categories. */
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
    List<String> names = new ArrayList<>();
    for (PiiType t : PiiType.values()) {
      names.add(t.name());
    }
    for (SensitiveCategory c : SensitiveCategory.values()) {
      names.add(c.name());
    }
    return names;
  }
}
