package io.provscan.detect.license;

import io.provscan.licensedb.Catalog;
import io.provscan.licensedb.LicenseEntry;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every way the catalogue names a licence, indexed: ids, full names, aliases and expression aliases
 * in a {@link NameResolver}; licence URLs in a {@link UrlIndex}. A deprecated GNU id names its
 * current id, so "GPL-2.0+" resolves to GPL-2.0-or-later.
 *
 * @param names ids, names and aliases to their targets
 * @param urls licence URLs to their ids
 */
record CatalogNames(NameResolver names, UrlIndex urls) {
  /** Deprecated GNU ids: "GPL-2.0" means -only and "GPL-2.0+" -or-later (SPDX list 3.0 notes). */
  private static final Pattern GNU_DEPRECATED =
      Pattern.compile("((?:A|L)?GPL|GFDL)-(\\d\\.\\d)(\\+)?");

  /** Indexes the names and URLs of every entry of {@code catalog}. */
  static CatalogNames of(Catalog catalog) {
    Set<String> ids = new HashSet<>();
    for (LicenseEntry e : catalog.entries()) {
      ids.add(e.id());
    }
    CatalogNames out = new CatalogNames(new NameResolver(), new UrlIndex(ids));
    for (LicenseEntry e : catalog.entries()) {
      out.add(e);
    }
    catalog.aliasExpressions().forEach((name, expr) -> out.names.add(name, expr, 0));
    return out;
  }

  /**
   * Files an entry's names; on a clash the lower priority wins: aliases (0) before ids and own
   * names (1), SPDX full names (2), then deprecated ids and names (3).
   */
  private void add(LicenseEntry e) {
    String target = e.deprecated() ? current(e.id()) : e.id();
    for (String alias : e.aliases()) {
      names.add(alias, target, 0);
    }
    for (String url : e.urls()) {
      urls.add(url, target);
    }
    names.add(e.id(), target, e.deprecated() ? 3 : 1);
    if (e.name() != null) {
      names.add(e.name(), target, e.deprecated() ? 3 : e.isSpdx() ? 2 : 1);
    }
  }

  /** The current id of a deprecated GNU id ("GPL-2.0+" is "GPL-2.0-or-later"); else the id. */
  static String current(String id) {
    Matcher m = GNU_DEPRECATED.matcher(id);
    if (m.matches()) {
      return m.group(1) + "-" + m.group(2) + (m.group(3) != null ? "-or-later" : "-only");
    }
    return id;
  }
}
