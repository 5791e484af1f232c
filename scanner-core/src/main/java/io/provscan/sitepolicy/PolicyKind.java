package io.provscan.sitepolicy;

import java.util.Optional;

/** The site policy files provscan reads, each at a fixed path of its origin. */
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
