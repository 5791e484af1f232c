package io.provscan.manifest;

/**
 * Turns a licence as a manifest names it (a Hugging Face id such as {@code cc-by-nc-sa-4.0}, an
 * Open Definition id such as {@code ODC-PDDL-1.0}, a licence URL) into an SPDX id. One small
 * interface so that the built-in table can be replaced by the licence catalogue. Implementations
 * are thread-safe and never throw.
 */
@FunctionalInterface
public interface LicenseNormalizer {
  /**
   * The licence {@code declared} names.
   *
   * @param declared the value as the manifest writes it (not blank)
   */
  NormalizedLicense normalize(String declared);

  /** The built-in table of manifest licence names ({@link LicenseTable}). */
  static LicenseNormalizer builtIn() {
    return LicenseTable.INSTANCE;
  }
}
