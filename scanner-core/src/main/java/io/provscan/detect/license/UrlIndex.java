package io.provscan.detect.license;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Licence URLs to ids: every URL the catalogue lists for a licence (SPDX "see also" links, our own
 * entries' URLs), and Creative Commons deeds and legal codes by their pattern. URLs are compared
 * without scheme, "www.", trailing slash, ".txt"/".html" ending or "legalcode"; a URL the catalogue
 * lists for two licences tells nothing and is left out.
 */
final class UrlIndex {
  /** A URL in running text: up to whitespace, a quote, or a closing bracket or angle. */
  static final Pattern IN_TEXT = Pattern.compile("https?://[^\\s\"'<>)\\]]+");

  /** creativecommons.org/licenses/by-nc-sa/4.0/ and ported versions (…/3.0/de/). */
  private static final Pattern CC =
      Pattern.compile(
          "creativecommons\\.org/licenses/(by(?:-nc)?(?:-sa|-nd)?)/(\\d\\.\\d)(?:/([a-z]{2,3}))?");

  private static final Pattern CC_PUBLIC_DOMAIN =
      Pattern.compile("creativecommons\\.org/publicdomain/(zero|mark)/1\\.0");

  /**
   * The SPDX list's own page of a licence or exception, {@code
   * spdx.org/licenses/GPL-2.0-or-later.html} (also {@code .json}, {@code .txt} or no ending): the
   * id is in the path, so the URL is the id.
   */
  private static final Pattern SPDX_PAGE =
      Pattern.compile(
          "spdx\\.org/licenses/([a-z0-9][a-z0-9.+-]{0,80}?)(?:\\.html|\\.json|\\.txt)?/?$");

  private final Map<String, String> byUrl = new HashMap<>();
  private final Set<String> ambiguous = new HashSet<>();
  private final Set<String> knownIds;
  private final Map<String, String> idsLowerCase = new HashMap<>();

  UrlIndex(Set<String> knownIds) {
    this.knownIds = knownIds;
    knownIds.forEach(id -> idsLowerCase.put(id.toLowerCase(Locale.ROOT), id));
  }

  void add(String url, String id) {
    String key = normalise(url);
    if (key.isEmpty() || ambiguous.contains(key)) {
      return;
    }
    String before = byUrl.putIfAbsent(key, id);
    if (before != null && !before.equals(id)) {
      byUrl.remove(key);
      ambiguous.add(key);
    }
  }

  /** The licence id of a URL, or null. */
  String id(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    Matcher cc = CC.matcher(u);
    if (cc.find()) {
      String base = "CC-" + cc.group(1).toUpperCase(Locale.ROOT) + "-" + cc.group(2);
      String ported =
          cc.group(3) == null ? null : base + "-" + cc.group(3).toUpperCase(Locale.ROOT);
      return ported != null && knownIds.contains(ported)
          ? ported
          : knownIds.contains(base) ? base : null;
    }
    Matcher spdx = SPDX_PAGE.matcher(u.replaceFirst("[?#].*$", "").replaceFirst("[.,;:]+$", ""));
    if (spdx.find()) {
      String id = idsLowerCase.get(spdx.group(1));
      return id == null ? null : CatalogNames.current(id);
    }
    Matcher pd = CC_PUBLIC_DOMAIN.matcher(u);
    if (pd.find()) {
      return pd.group(1).equals("zero") ? "CC0-1.0" : "CC-PDM-1.0";
    }
    return byUrl.get(normalise(u));
  }

  static String normalise(String url) {
    String u = url.trim().toLowerCase(Locale.ROOT);
    u = u.replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
    u = u.replaceFirst("[?#].*$", "");
    u = u.replaceFirst("/+$", "");
    u = u.replaceFirst("/legalcode(\\.[a-z]+)?$", "");
    u = u.replaceFirst("\\.(txt|html?|php|md)$", "");
    return u;
  }
}
