package io.provscan.policy;

/**
 * The category of a licence id, for licences a source declares (detected licences carry their own).
 * Backed by the licence catalogue; {@link #NONE} knows nothing, so every declared licence is {@code
 * unknown} to the policy.
 */
@FunctionalInterface
public interface LicenseCategories {
  /** Knows no licence. */
  LicenseCategories NONE = id -> null;

  /** The category id ({@code permissive}, {@code non-commercial}, …) of a licence, or null. */
  String categoryOf(String licenseId);
}
