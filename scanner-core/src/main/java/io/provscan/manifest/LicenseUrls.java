package io.provscan.manifest;

import io.provscan.manifest.NormalizedLicense.Kind;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Licences written as URLs: the licence a Creative Commons, Open Data Commons or Apache page is, or
 * the id in an SPDX, choosealicense.com or opensource.org URL.
 */
final class LicenseUrls {
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

  private LicenseUrls() {}

  /** A licence URL: the id in an SPDX or choosealicense.com URL, or the licence a page is. */
  static NormalizedLicense normalize(
      String written, String url, Map<String, NormalizedLicense> byKey) {
    String rest = hostAndPath(url);
    Matcher m;
    if ((m = CC_URL.matcher(rest)).matches()) {
      return known(written, byKey, "CC-" + m.group(1).toUpperCase(Locale.ROOT) + "-" + m.group(2));
    }
    if (CC0_URL.matcher(rest).matches()) {
      return known(written, byKey, "CC0-1.0");
    }
    if ((m = ODC_URL.matcher(rest)).matches()) {
      String which = m.group(1);
      return known(
          written,
          byKey,
          which.equals("pddl") ? "PDDL-1.0" : which.equals("odbl") ? "ODbL-1.0" : "ODC-By-1.0");
    }
    if (APACHE_URL.matcher(rest).matches()) {
      return known(written, byKey, "Apache-2.0");
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

  private static NormalizedLicense known(
      String written, Map<String, NormalizedLicense> byKey, String id) {
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
