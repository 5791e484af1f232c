package io.provscan.sitepolicy;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Origins of URLs. RFC 9309 §2.3 scopes a robots.txt to its scheme, host and port; TDMRep's
 * well-known file and ai.txt are read the same way.
 */
public final class Origins {
  private Origins() {}

  /**
   * The parts of an http(s) URL provscan judges by.
   *
   * @param origin {@code scheme://host[:port]} in lower case, default ports left out
   * @param host the host, lower case
   * @param path the raw path ({@code /} when empty)
   * @param pathAndQuery the raw path and query, as sent on the wire
   */
  public record Parts(String origin, String host, String path, String pathAndQuery) {
    /** True when the URL is one of the site policy files themselves. */
    public boolean isPolicyFile() {
      return PolicyKind.ofPath(path).isPresent();
    }
  }

  /** The parts of an http(s) URL; empty for other schemes and unparsable URLs. */
  public static Optional<Parts> parts(String url) {
    URI uri = parse(url);
    if (uri == null || uri.getHost() == null || uri.getScheme() == null) {
      return Optional.empty();
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.empty();
    }
    int port = uri.getPort();
    boolean defaultPort =
        port < 0
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    String origin = scheme + "://" + host + (defaultPort ? "" : ":" + port);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String pathAndQuery = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    return Optional.of(new Parts(origin, host, path, pathAndQuery));
  }

  /** {@code scheme://host[:port]} in lower case, default ports left out; empty when not http(s). */
  public static Optional<String> of(String url) {
    return parts(url).map(Parts::origin);
  }

  /** The host of an origin or URL, lower case; null when there is none. */
  public static String host(String url) {
    URI uri = parse(url);
    return uri == null || uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
  }

  /** The path and query of a URL as sent on the wire ({@code /} when empty); null if unparsable. */
  public static String pathAndQuery(String url) {
    return parts(url).map(Parts::pathAndQuery).orElse(null);
  }

  /** The path of a URL only, raw; null if unparsable. */
  public static String path(String url) {
    URI uri = parse(url);
    if (uri == null) {
      return null;
    }
    return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
  }

  private static URI parse(String url) {
    if (url == null) {
      return null;
    }
    try {
      return new URI(url.trim());
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }
}
