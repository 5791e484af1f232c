package io.provscan.source;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why an item failed or was skipped. The JSON names are part of the report contract. */
public enum ErrorKind {
  /** The parser rejected the content as malformed. */
  PARSE_ERROR("parse-error"),
  /** Extraction ran past the per-item time limit ({@code --item-timeout}). */
  TIMEOUT("timeout"),
  /** Larger than {@code --max-item-size}; hashed but not extracted. */
  TOO_LARGE("too-large"),
  /** The bytes could not be read (missing, permissions, I/O error). */
  UNREADABLE("unreadable"),
  /** Password-protected or encrypted content. */
  ENCRYPTED("encrypted"),
  /** A format provscan cannot open (e.g. RAR). */
  UNSUPPORTED("unsupported"),
  /** A safety limit stopped it: compression ratio, nesting depth, entry count, embedded count. */
  LIMIT("limit"),
  /** The content ends early (a cut archive or WARC record). */
  TRUNCATED("truncated"),
  /** The parser ran out of memory on this item. */
  OUT_OF_MEMORY("out-of-memory"),
  /** A symbolic link, not followed without {@code --follow-links}. */
  SYMLINK("symlink"),
  /** A link that leads back to a folder already being walked. */
  SYMLINK_LOOP("symlink-loop"),
  /** Not a regular file: a FIFO, socket or device. */
  SPECIAL_FILE("special-file"),
  /** A bug in provscan itself; the message says where. */
  INTERNAL("internal-error");

  private final String json;

  ErrorKind(String json) {
    this.json = json;
  }

  /** The name used in items.jsonl and summary.json. */
  @JsonValue
  public String json() {
    return json;
  }
}
