package io.provscan.source;

import java.io.IOException;

/**
 * A safety limit stopped reading: a compression ratio, an archive budget, a time limit. The one
 * {@link IOException} subclass of provscan, so that stream code can stop a read with it and the
 * caller can report the item with its {@link #kind()}.
 */
public final class LimitException extends IOException {
  private static final long serialVersionUID = 1L;

  private final ErrorKind kind;

  /** A limit of the given kind ({@link ErrorKind#LIMIT} or {@link ErrorKind#TIMEOUT}). */
  public LimitException(ErrorKind kind, String message) {
    super(message);
    this.kind = kind;
  }

  /** How to report the item that hit the limit. */
  public ErrorKind kind() {
    return kind;
  }
}
