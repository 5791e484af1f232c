package io.provscan.policy;

import io.provscan.licensedb.LicenseCategory;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a policy file may use, so that a typo fails at start instead of silently matching
 * nothing: licence categories (from license-db), licence clause ids, personal-data types and
 * sensitive categories (the stable names of the detectors' output).
 */
final class Vocabulary {
  static final Set<String> CATEGORIES = categories();

  static final Set<String> CLAUSES =
      Set.of(
          "mau-threshold",
          "revenue-threshold",
          "commercial-registration",
          "non-commercial",
          "research-only",
          "output-use-restriction",
          "naming-requirement",
          "attribution-notice",
          "acceptable-use-policy",
          "use-restrictions",
          "distillation-derivative",
          "hosting-restriction",
          "eu-multimodal-exclusion",
          "share-alike",
          "no-derivatives");

  static final Set<String> PII_TYPES =
      Set.of(
          "EMAIL_ADDRESS",
          "PHONE_NUMBER",
          "CN_RESIDENT_ID",
          "PAYMENT_CARD",
          "IBAN_CODE",
          "US_SSN",
          "IP_ADDRESS",
          "SECRET_KEY",
          "CN_PASSPORT",
          "CN_MAINLAND_TRAVEL_PERMIT");

  static final Set<String> SENSITIVE =
      Set.of(
          "HEALTH",
          "BIOMETRIC",
          "RELIGION",
          "SPECIFIC_IDENTITY",
          "FINANCIAL_ACCOUNT",
          "LOCATION_TRACK",
          "MINOR",
          "ETHNICITY",
          "SEXUAL_ORIENTATION",
          "POLITICAL_OPINION");

  private Vocabulary() {}

  private static Set<String> categories() {
    Set<String> ids = new LinkedHashSet<>();
    for (LicenseCategory c : LicenseCategory.values()) {
      ids.add(c.id());
    }
    return Set.copyOf(ids);
  }

  /** Sorted names for error messages. */
  static String list(Set<String> names) {
    return String.join(", ", List.copyOf(new java.util.TreeSet<>(names)));
  }
}
