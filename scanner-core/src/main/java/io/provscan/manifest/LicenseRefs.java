package io.provscan.manifest;

import java.util.regex.Pattern;

/**
 * {@code LicenseRef-} ids for licences a manifest names but the SPDX list does not have. SPDX 2.3
 * Annex D: {@code LicenseRef-} followed by letters, digits, {@code .} and {@code -} only.
 */
final class LicenseRefs {
  /** The id of a licence a manifest calls {@code other} without naming it: {@value}. */
  static final String OTHER = "LicenseRef-other";

  private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9.-]+");
  private static final Pattern ID_LIKE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,79}");

  private LicenseRefs() {}

  /** {@code LicenseRef-<name>}, with characters SPDX does not allow turned into {@code -}. */
  static String of(String name) {
    String id = NOT_ID.matcher(name.strip()).replaceAll("-").replaceAll("^-+|-+$", "");
    return id.isEmpty() ? OTHER : "LicenseRef-" + id;
  }

  /** True for a short identifier ({@code imagenet-agreement}), false for prose. */
  static boolean looksLikeId(String text) {
    return ID_LIKE.matcher(text.strip()).matches();
  }
}
