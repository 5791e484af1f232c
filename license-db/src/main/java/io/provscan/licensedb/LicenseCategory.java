package io.provscan.licensedb;

import java.util.Locale;

/**
 * What kind of licence an entry is, from the point of view of someone training on the data. The
 * JSON and YAML name is the lower-case, hyphenated constant ({@code non-commercial}).
 */
public enum LicenseCategory {
  /** Use, change and share with attribution (MIT, BSD, Apache-2.0, CC-BY-4.0). */
  PERMISSIVE,
  /** File- or library-level copyleft (LGPL, MPL, EPL). */
  WEAK_COPYLEFT,
  /** Derivatives under the same licence (GPL, CC-BY-SA). */
  STRONG_COPYLEFT,
  /** Copyleft that reaches network use (AGPL). */
  NETWORK_COPYLEFT,
  /** No commercial use (CC-BY-NC, many research model licences). */
  NON_COMMERCIAL,
  /** No derivatives (CC-BY-ND). */
  NO_DERIVATIVES,
  /** Research use only. */
  RESEARCH_ONLY,
  /** Use restrictions attached (OpenRAIL, Llama acceptable-use policies). */
  USE_RESTRICTED,
  /** All rights reserved or vendor terms. */
  PROPRIETARY,
  /** No rights reserved (CC0, Unlicense, public-domain dedications). */
  PUBLIC_DOMAIN,
  /** Not known. */
  UNKNOWN;

  /** The name used in files and reports, such as {@code non-commercial}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The category with the given name.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static LicenseCategory fromId(String id) {
    for (LicenseCategory c : values()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown licence category '" + id + "'; expected one of " + ids());
  }

  private static String ids() {
    StringBuilder sb = new StringBuilder();
    for (LicenseCategory c : values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(c.id());
    }
    return sb.toString();
  }
}
