package io.provscan.sitepolicy;

import java.util.Optional;

/**
 * The site policy files provscan reads, each at a fixed path of its origin. This package only moves
 * their bytes; each kind's parser is registered in {@code
 * io.provscan.detect.optout.PolicyFileReaders} (a test checks there is exactly one per kind).
 */
public enum PolicyKind {
  /** RFC 9309 robots.txt (also carries Content-Signal and AIPREF Content-Usage lines). */
  ROBOTS_TXT("/robots.txt", "robots.txt"),
  /** W3C TDMRep well-known file (TDMRep §3.1, "Technique 1"). */
  TDMREP("/.well-known/tdmrep.json", ".well-known/tdmrep.json"),
  /** Spawning's ai.txt at the site root. */
  AI_TXT("/ai.txt", "ai.txt");

  private final String path;
  private final String fileName;

  PolicyKind(String path, String fileName) {
    this.path = path;
    this.fileName = fileName;
  }

  /** The path on the origin, such as {@code /robots.txt}. */
  public String path() {
    return path;
  }

  /** The file under {@code <host>/} in a {@code --site-policies} folder. */
  public String fileName() {
    return fileName;
  }

  /**
   * True when {@code url} ends with the last segment of some kind's path ({@code /robots.txt}): a
   * cheap test that spares parsing the URL of every other record of a crawl.
   */
  static boolean mayName(String url) {
    for (PolicyKind k : values()) {
      if (url.endsWith(k.path.substring(k.path.lastIndexOf('/')))) {
        return true;
      }
    }
    return false;
  }

  /** The kind served at {@code path} (exactly; no query), if any. */
  public static Optional<PolicyKind> ofPath(String path) {
    for (PolicyKind k : values()) {
      if (k.path.equals(path)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
