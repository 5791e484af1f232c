package io.provscan.licensedb.build;

import io.provscan.licensedb.ClauseType;
import io.provscan.licensedb.LicenseEntry;
import java.util.ArrayList;
import java.util.List;

/** Clauses of Creative Commons licences, read from their ids (BY, SA, NC, ND). */
final class CreativeCommonsClauses {
  private CreativeCommonsClauses() {}

  /** The clauses of an SPDX id; none for an id that is not a CC BY licence. */
  static List<LicenseEntry.ClauseSpec> of(String id) {
    List<LicenseEntry.ClauseSpec> out = new ArrayList<>();
    if (!id.startsWith("CC-BY")) {
      return out;
    }
    out.add(
        new LicenseEntry.ClauseSpec(
            ClauseType.ATTRIBUTION_NOTICE,
            "credit the creator, link the licence, indicate changes",
            null));
    if (id.contains("-NC")) {
      out.add(new LicenseEntry.ClauseSpec(ClauseType.NON_COMMERCIAL, true, null));
    }
    if (id.contains("-SA")) {
      out.add(new LicenseEntry.ClauseSpec(ClauseType.SHARE_ALIKE, true, null));
    }
    if (id.contains("-ND")) {
      out.add(new LicenseEntry.ClauseSpec(ClauseType.NO_DERIVATIVES, true, null));
    }
    return out;
  }
}
