package io.provscan.export;

import java.util.Arrays;
import java.util.Locale;

/**
 * What the export does with one value of personal data in the text. Each replacement is decided
 * from the value's type, the detector's mask and, for {@link #HASH}, the user's salt; the text
 * around it is never touched.
 */
public enum Operator {
  /** The detector's mask, as the report shows it ({@code z***@163.com}): kind stays visible. */
  MASK,
  /** Removed: the value's characters are dropped. */
  REDACT,
  /** The type in angle brackets ({@code <EMAIL_ADDRESS>}): what a model sees is the slot. */
  TAG,
  /**
   * {@code <EMAIL_ADDRESS:9f2c…>}: a salted SHA-256 of the value (first {@value
   * Deidentifier#HASH_HEX} hex digits), the same value giving the same hash, so joins across
   * records stay possible without the value.
   */
  HASH,
  /** Left as it is: the user chose not to de-identify this type. */
  NONE;

  /**
   * The name users write: {@code mask}, {@code redact}, {@code tag}, {@code hash}, {@code none}.
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The operator a user names, any case.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static Operator of(String name) {
    for (Operator o : values()) {
      if (o.id().equalsIgnoreCase(name.strip())) {
        return o;
      }
    }
    throw new IllegalArgumentException(
        "unknown personal-data operator '"
            + name
            + "'; expected one of "
            + Arrays.stream(values()).map(Operator::id).toList());
  }
}
