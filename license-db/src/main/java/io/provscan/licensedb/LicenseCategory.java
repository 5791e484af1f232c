package io.provscan.licensedb;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
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
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The category with the given name.
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  @JsonCreator
  public static LicenseCategory fromId(String id) {
    for (LicenseCategory c : values()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown licence category '" + id + "'; expected one of " + ids());
  }

  /**
   * How much this category restricts someone who trains on the data, from 0 (public domain) up;
   * used to sum up an expression: {@code AND} takes the most restrictive part, {@code OR} the
   * least. {@link #UNKNOWN} ranks highest, because nothing is known to be allowed.
   */
  public int restrictiveness() {
    return switch (this) {
      case PUBLIC_DOMAIN -> 0;
      case PERMISSIVE -> 1;
      case WEAK_COPYLEFT -> 2;
      case STRONG_COPYLEFT -> 3;
      case NETWORK_COPYLEFT -> 4;
      case USE_RESTRICTED -> 5;
      case NO_DERIVATIVES -> 6;
      case NON_COMMERCIAL -> 7;
      case RESEARCH_ONLY -> 8;
      case PROPRIETARY -> 9;
      case UNKNOWN -> 10;
    };
  }

  private static String ids() {
    StringBuilder sb = new StringBuilder();
    for (LicenseCategory c : values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(c.id());
    }
    return sb.toString();
  }
}
