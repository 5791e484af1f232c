package io.provscan.policy;

import io.provscan.detect.pii.PiiType;
import io.provscan.detect.pii.SensitiveCategory;
import io.provscan.licensedb.ClauseType;
import io.provscan.licensedb.LicenseCategory;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names a policy file may use, so that a typo fails at start instead of silently matching
 * nothing: licence categories (from license-db), licence clause ids, personal-data types and
 * sensitive categories (the stable names of the detectors' output).
 */
final class PolicyNames {
  static final Set<String> CATEGORIES = categories();

  /** The clause ids of license-db's vocabulary. */
  static final Set<String> CLAUSES = clauses();

  /** The personal-data types the detector reports (its enum is the one list). */
  static final Set<String> PII_TYPES = names(PiiType.values());

  /** The sensitive categories the detector counts. */
  static final Set<String> SENSITIVE = names(SensitiveCategory.values());

  /**
   * The operators {@code export.operators} may name: those of {@code io.provscan.export.Operator},
   * which sits later in the package order (a test keeps the two lists equal).
   */
  static final Set<String> EXPORT_OPERATORS = Set.of("mask", "redact", "tag", "hash", "none");

  private PolicyNames() {}

  private static Set<String> clauses() {
    Set<String> ids = new LinkedHashSet<>();
    for (ClauseType c : ClauseType.values()) {
      ids.add(c.id());
    }
    return Set.copyOf(ids);
  }

  private static Set<String> names(Enum<?>[] values) {
    Set<String> out = new LinkedHashSet<>();
    for (Enum<?> v : values) {
      out.add(v.name());
    }
    return Set.copyOf(out);
  }

  private static Set<String> categories() {
    Set<String> ids = new LinkedHashSet<>();
    for (LicenseCategory c : LicenseCategory.values()) {
      ids.add(c.id());
    }
    return Set.copyOf(ids);
  }

  /** Sorted names for error messages. */
  static String list(Set<String> names) {
    return String.join(", ", List.copyOf(new TreeSet<>(names)));
  }
}
