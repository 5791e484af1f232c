package io.provscan.manifest;

import io.provscan.manifest.NormalizedLicense.Kind;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in table of licence names manifests use, kept minimal: the Hugging Face Hub's licence
 * ids (hub-docs {@code docs/hub/repositories-licenses.md}), the Open Definition ids Frictionless
 * packages use, and the licence URLs of SPDX, choosealicense.com, Creative Commons, Open Data
 * Commons and Apache. Everything else is kept as written and reported as unrecognised, for the
 * licence catalogue to resolve.
 */
final class LicenseTable implements LicenseNormalizer {
  /**
   * Hub families without a version: the Hub's table names them "… family", so the version is not
   * known and guessing one would put words in the publisher's mouth.
   */
  private static final List<String> FAMILIES =
      List.of("bsd", "cc", "gpl", "lgpl", "gfdl", "openrail", "cc-by", "cc-by-sa", "cc-nc");

  /**
   * Model and AI licences on the Hub that the SPDX licence list does not have (checked against list
   * 3.28): they become {@code LicenseRef-<hub id>}.
   */
  private static final List<String> NOT_ON_SPDX =
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
  private static final List<String> SPDX_IDS =
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
  private static final String[][] ALIASES = {
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

  private static final Pattern CC_URL =
      Pattern.compile(
          "creativecommons\\.org/licenses/(by(?:-nc)?(?:-sa|-nd)?)/(\\d\\.\\d)/?(legalcode.*|deed.*)?");
  private static final Pattern CC0_URL =
      Pattern.compile("creativecommons\\.org/publicdomain/zero/1\\.0/?(legalcode.*|deed.*)?");
  private static final Pattern ODC_URL =
      Pattern.compile("opendatacommons\\.org/licenses/(pddl|odbl|by)(/1[.-]0)?/?.*");
  private static final Pattern APACHE_URL =
      Pattern.compile("apache\\.org/licenses/license-2\\.0(\\.html|\\.txt)?/?");
  private static final Pattern ID_IN_URL =
      Pattern.compile(
          "(spdx\\.org/licenses|choosealicense\\.com/licenses|opensource\\.org/licenses?)"
              + "/([a-z0-9.+-]+?)(\\.html|\\.json|\\.php)?/?");

  /** The one table; declared after the constants its constructor reads. */
  static final LicenseTable INSTANCE = new LicenseTable();

  private final Map<String, NormalizedLicense> byKey = new HashMap<>();

  private LicenseTable() {
    for (String id : SPDX_IDS) {
      put(id.toLowerCase(Locale.ROOT), id, Kind.SPDX);
    }
    for (String type : new String[] {"by", "by-sa", "by-nc", "by-nd", "by-nc-sa", "by-nc-nd"}) {
      for (String version : new String[] {"1.0", "2.0", "2.5", "3.0", "4.0"}) {
        String id = "CC-" + type.toUpperCase(Locale.ROOT) + "-" + version;
        put(id.toLowerCase(Locale.ROOT), id, Kind.SPDX);
      }
    }
    for (String[] alias : ALIASES) {
      put(alias[0], alias[1], kindOf(alias[1]));
    }
    for (String hub : NOT_ON_SPDX) {
      put(hub, "LicenseRef-" + hub, Kind.LICENSE_REF);
    }
    for (String family : FAMILIES) {
      put(family, family, Kind.AMBIGUOUS);
    }
  }

  private static Kind kindOf(String id) {
    if (id.equals(NormalizedLicense.NOASSERTION)) {
      return Kind.NO_ASSERTION;
    }
    return id.startsWith("LicenseRef-") ? Kind.LICENSE_REF : Kind.SPDX;
  }

  private void put(String key, String id, Kind kind) {
    byKey.put(key, new NormalizedLicense(id, key, kind));
  }

  @Override
  public NormalizedLicense normalize(String declared) {
    String written = declared.strip();
    String key = written.toLowerCase(Locale.ROOT);
    NormalizedLicense known = byKey.get(key);
    if (known != null) {
      return new NormalizedLicense(known.id(), written, known.kind());
    }
    if (key.startsWith("http://") || key.startsWith("https://")) {
      return fromUrl(written, key);
    }
    return new NormalizedLicense(written, written, Kind.UNRECOGNISED);
  }

  /** A licence URL: the id in an SPDX or choosealicense.com URL, or the licence a page is. */
  private NormalizedLicense fromUrl(String written, String url) {
    String rest = hostAndPath(url);
    Matcher m;
    if ((m = CC_URL.matcher(rest)).matches()) {
      return known(written, "CC-" + m.group(1).toUpperCase(Locale.ROOT) + "-" + m.group(2));
    }
    if (CC0_URL.matcher(rest).matches()) {
      return known(written, "CC0-1.0");
    }
    if ((m = ODC_URL.matcher(rest)).matches()) {
      String which = m.group(1);
      return known(
          written,
          which.equals("pddl") ? "PDDL-1.0" : which.equals("odbl") ? "ODbL-1.0" : "ODC-By-1.0");
    }
    if (APACHE_URL.matcher(rest).matches()) {
      return known(written, "Apache-2.0");
    }
    if ((m = ID_IN_URL.matcher(rest)).matches()) {
      NormalizedLicense byId = byKey.get(m.group(2));
      if (byId != null) {
        return new NormalizedLicense(byId.id(), written, byId.kind());
      }
      if (m.group(1).startsWith("spdx")) {
        // spdx.org/licenses/<id> names an SPDX id by definition, in the case the URL writes it.
        return new NormalizedLicense(spdxIdIn(written), written, Kind.SPDX);
      }
    }
    return new NormalizedLicense(written, written, Kind.UNRECOGNISED);
  }

  private NormalizedLicense known(String written, String id) {
    NormalizedLicense entry = byKey.get(id.toLowerCase(Locale.ROOT));
    Kind kind = entry == null ? Kind.SPDX : entry.kind();
    return new NormalizedLicense(entry == null ? id : entry.id(), written, kind);
  }

  /** The last path segment of an SPDX licence URL without its extension, in its own case. */
  private static String spdxIdIn(String url) {
    String path = URI.create(url.strip()).getPath();
    String last = path.replaceAll("/+$", "");
    last = last.substring(last.lastIndexOf('/') + 1);
    return last.replaceAll("(?i)\\.(html|json)$", "");
  }

  /** {@code host/path} without scheme, {@code www.}, query or fragment, lower-cased. */
  private static String hostAndPath(String url) {
    try {
      URI uri = URI.create(url.strip());
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      if (host.startsWith("www.")) {
        host = host.substring(4);
      }
      String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
      return host + path;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
