package io.provscan.detect.license;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's short licence names (machine-readable {@code debian/copyright}, DEP-5 "License
 * specification") as SPDX expressions: {@code GPL-2+} is {@code GPL-2.0-or-later}, {@code Expat} is
 * {@code MIT}, {@code BSD-3-clause} is {@code BSD-3-Clause}, {@code GPL-1+ or Artistic} is {@code
 * GPL-1.0-or-later OR Artistic-1.0-Perl}. A GNU name without a version is the family's "or later"
 * id from its first version (SPDX guidance for "under the GPL"). Names neither this table nor the
 * catalogue knows (Debian's {@code public-domain}, {@code permissive}, a package's own name) map to
 * null. Immutable.
 */
public final class DebianLicenseNames {
  /** Debian names that are not SPDX ids, by lower-case name (DEP-5 §"License short name"). */
  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("expat", "MIT"),
          Map.entry("mit/x11", "MIT"),
          Map.entry("mit-x11", "MIT"),
          Map.entry("bsd-2", "BSD-2-Clause"),
          // SPDX deprecated BSD-2-Clause-NetBSD (list 3.9): its text is BSD-2-Clause's.
          Map.entry("bsd-2-clause-netbsd", "BSD-2-Clause"),
          Map.entry("bsd-3", "BSD-3-Clause"),
          Map.entry("bsd-4", "BSD-4-Clause"),
          Map.entry("apache-2", "Apache-2.0"),
          Map.entry("apache", "Apache-2.0"),
          Map.entry("artistic", "Artistic-1.0-Perl"),
          Map.entry("artistic-1", "Artistic-1.0-Perl"),
          Map.entry("artistic-2", "Artistic-2.0"),
          Map.entry("psf-2", "PSF-2.0"),
          Map.entry("python", "Python-2.0"),
          Map.entry("mpl-2", "MPL-2.0"),
          Map.entry("cc0", "CC0-1.0"),
          Map.entry("zope-2.1", "ZPL-2.1"),
          Map.entry("boost-1.0", "BSL-1.0"),
          Map.entry("libpng", "Libpng"),
          Map.entry("openssl", "OpenSSL"),
          Map.entry("perl", "GPL-1.0-or-later OR Artistic-1.0-Perl"));

  /** The first version of each GNU licence, the one an unversioned name stands for. */
  private static final Map<String, String> GNU_FIRST =
      Map.of("GPL", "1.0", "LGPL", "2.0", "AGPL", "1.0", "GFDL", "1.1");

  private static final Pattern GNU =
      Pattern.compile(
          "(?i)(A?GPL|LGPL|GFDL)(?:[-v ]?(\\d)(?:\\.(\\d))?)?(\\+)?(?:-only|-or-later)?");

  /** Debian's operators ({@code or}, {@code and}, {@code ,}) and its "with … exception". */
  private static final Pattern OPERATOR =
      Pattern.compile("(?i)\\s+(or|and)\\s+|\\s*,\\s*(?:and\\s+)?");

  private static final Pattern WITH = Pattern.compile("(?i)\\s+with\\s+.*$");

  private final LicenseKnowledge knowledge;

  /** Names resolved through the given catalogue where the table has none. */
  public DebianLicenseNames(LicenseKnowledge knowledge) {
    this.knowledge = knowledge;
  }

  /**
   * The SPDX expression of a Debian licence specification, exceptions left out (the licence they
   * join decides the text), or null when one of its names is not known.
   */
  public String spdx(String debianName) {
    String name = WITH.matcher(debianName.strip()).replaceFirst("");
    Matcher op = OPERATOR.matcher(name);
    List<String> parts = new ArrayList<>();
    int from = 0;
    StringBuilder out = new StringBuilder();
    while (op.find()) {
      parts.add(name.substring(from, op.start()));
      parts.add(op.group(1) == null ? "AND" : op.group(1).toUpperCase(Locale.ROOT));
      from = op.end();
    }
    parts.add(name.substring(from));
    for (int i = 0; i < parts.size(); i++) {
      String p = i % 2 == 0 ? one(parts.get(i).strip()) : parts.get(i);
      if (p == null) {
        return null;
      }
      out.append(i == 0 ? "" : " ").append(p);
    }
    return out.toString();
  }

  /** One name: a GNU name by its version words, else the table, else the catalogue. */
  private String one(String name) {
    if (name.isEmpty()) {
      return null;
    }
    Matcher m = GNU.matcher(name);
    if (m.matches()) {
      return gnu(m);
    }
    String mapped = NAMES.get(name.toLowerCase(Locale.ROOT));
    if (mapped != null) {
      return mapped;
    }
    String resolved = knowledge.resolve(name);
    return resolved != null && knowledge.entry(resolved).isPresent() ? resolved : null;
  }

  private String gnu(Matcher m) {
    String family = m.group(1).toUpperCase(Locale.ROOT);
    boolean later = m.group(4) != null || m.group(0).toLowerCase(Locale.ROOT).endsWith("-or-later");
    if (m.group(2) == null) {
      return family + "-" + GNU_FIRST.get(family) + "-or-later";
    }
    String version = m.group(2) + "." + (m.group(3) == null ? "0" : m.group(3));
    String id = family + "-" + version + (later ? "-or-later" : "-only");
    return knowledge.entry(id).isPresent() ? id : null;
  }
}
