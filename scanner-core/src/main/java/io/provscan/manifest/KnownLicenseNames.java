package io.provscan.manifest;

import java.util.List;

/**
 * The licence names of the built-in {@link LicenseTable}, as data: SPDX ids, the Hub's ids that
 * SPDX does not have, aliases, and the Hub's version-less families.
 */
final class KnownLicenseNames {
  /**
   * Hub families without a version: the Hub's table names them "… family", so the version is not
   * known and guessing one would put words in the publisher's mouth.
   */
  static final List<String> FAMILIES =
      List.of("bsd", "cc", "gpl", "lgpl", "gfdl", "openrail", "cc-by", "cc-by-sa", "cc-nc");

  /**
   * Model and AI licences on the Hub that the SPDX licence list does not have (checked against list
   * 3.28): they become {@code LicenseRef-<hub id>}.
   */
  static final List<String> NOT_ON_SPDX =
      List.of(
          "bigscience-openrail-m",
          "creativeml-openrail-m",
          "bigscience-bloom-rail-1.0",
          "bigcode-openrail-m",
          "llama2",
          "llama3",
          "llama3.1",
          "llama3.2",
          "llama3.3",
          "llama4",
          "gemma",
          "grok2-community",
          "deepfloyd-if-license",
          "fair-noncommercial-research-license",
          "apple-amlr",
          "intel-research",
          "h-research",
          "other-pd",
          "other-open",
          "other-at",
          "other-nc",
          "other-closed");

  /** SPDX ids, written as SPDX writes them; matched without regard to case. */
  static final List<String> SPDX_IDS =
      List.of(
          "Apache-2.0",
          "MIT",
          "AFL-3.0",
          "Artistic-2.0",
          "BSL-1.0",
          "BSD-2-Clause",
          "BSD-3-Clause",
          "BSD-3-Clause-Clear",
          "C-UDA-1.0",
          "CC0-1.0",
          "CDLA-Sharing-1.0",
          "CDLA-Permissive-1.0",
          "CDLA-Permissive-2.0",
          "WTFPL",
          "ECL-2.0",
          "EPL-1.0",
          "EPL-2.0",
          "etalab-2.0",
          "EUPL-1.1",
          "EUPL-1.2",
          "ISC",
          "LPPL-1.3c",
          "MS-PL",
          "MPL-2.0",
          "OSL-3.0",
          "PostgreSQL",
          "OFL-1.1",
          "NCSA",
          "Unlicense",
          "Zlib",
          "PDDL-1.0",
          "ODC-By-1.0",
          "ODbL-1.0",
          "LGPLLR",
          "OpenMDW-1.0",
          "OGL-UK-3.0",
          "GPL-2.0-only",
          "GPL-2.0-or-later",
          "GPL-3.0-only",
          "GPL-3.0-or-later",
          "LGPL-2.1-only",
          "LGPL-2.1-or-later",
          "LGPL-3.0-only",
          "LGPL-3.0-or-later",
          "AGPL-3.0-only",
          "AGPL-3.0-or-later",
          "GFDL-1.1-only",
          "GFDL-1.1-or-later",
          "GFDL-1.2-only",
          "GFDL-1.2-or-later",
          "GFDL-1.3-only",
          "GFDL-1.3-or-later");

  /**
   * Names that are not SPDX ids but mean one. The GNU ids without {@code -only}/{@code -or-later}
   * are SPDX's deprecated forms, which meant "only" (SPDX licence list 3.0 release notes). Open
   * Data Commons published one version of each of its licences, so {@code odc-by}, {@code odbl} and
   * {@code pddl} are not ambiguous. Open Definition prefixes its ids with {@code ODC-}.
   */
  static final String[][] ALIASES = {
    {"c-uda", "C-UDA-1.0"},
    {"gpl-2.0", "GPL-2.0-only"},
    {"gpl-3.0", "GPL-3.0-only"},
    {"lgpl-2.1", "LGPL-2.1-only"},
    {"lgpl-3.0", "LGPL-3.0-only"},
    {"agpl-3.0", "AGPL-3.0-only"},
    {"lgpl-lr", "LGPLLR"},
    {"odc-by", "ODC-By-1.0"},
    {"odbl", "ODbL-1.0"},
    {"pddl", "PDDL-1.0"},
    {"odc-pddl-1.0", "PDDL-1.0"},
    {"odc-pddl", "PDDL-1.0"},
    {"odc-odbl-1.0", "ODbL-1.0"},
    {"odc-odbl", "ODbL-1.0"},
    {"cc-zero", "CC0-1.0"},
    {"openrail++", "LicenseRef-openrail-plusplus"},
    {"unknown", NormalizedLicense.NOASSERTION},
    {"notspecified", NormalizedLicense.NOASSERTION},
    {"noassertion", NormalizedLicense.NOASSERTION},
  };

  private KnownLicenseNames() {}
}
