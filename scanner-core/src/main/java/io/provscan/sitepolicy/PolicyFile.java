package io.provscan.sitepolicy;

import java.time.Instant;

/**
 * One site policy file as found.
 *
 * @param kind which policy
 * @param url where it was (or would have been) served
 * @param status the HTTP status of the capture or fetch; 200 for a file from a folder; 0 when the
 *     fetch failed without a response (time-out, refused connection)
 * @param contentType the declared content type, or null
 * @param body the bytes (at most {@link #MAX_BYTES})
 * @param date when it was captured or fetched, or null
 * @param from where provscan found it, such as {@code crawl.warc.gz#4}, {@code folder} or {@code
 *     fetched}
 * @param redirect for a 3xx: the target URL it points to, else null
 */
public record PolicyFile(
    PolicyKind kind,
    String url,
    int status,
    String contentType,
    byte[] body,
    Instant date,
    String from,
    String redirect)
    implements java.io.Serializable {

  /**
   * Most bytes of a policy file read: 512 KiB. RFC 9309 §2.5 asks crawlers to parse at least 500
   * KiB; TDMRep and ai.txt files are far smaller.
   */
  public static final int MAX_BYTES = 512 * 1024;

  /** True for a 2xx answer (or a file from a folder). */
  public boolean ok() {
    return status >= 200 && status < 300;
  }
}
