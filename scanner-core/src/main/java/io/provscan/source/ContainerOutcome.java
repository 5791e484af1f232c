package io.provscan.source;

import java.io.EOFException;
import java.io.IOException;

/**
 * What came of reading one container (an archive, a WARC, a record file): how many members it gave
 * and, if it broke off, why. The first failure is the one reported: later ones follow from it.
 */
final class ContainerOutcome {
  int members;
  ItemError error;

  void fail(ErrorKind kind, String message) {
    if (error == null) {
      error = ItemError.of(kind, message);
    }
  }

  /**
   * Records why reading broke off: a limit by its own kind, a stream that ends early as truncated,
   * anything else as a parse error (commons-compress signals some corrupt headers with {@code
   * IllegalArgumentException}).
   */
  void failOn(Exception e) {
    if (e instanceof LimitException limit) {
      fail(limit.kind(), limit.getMessage());
    } else if (e instanceof EOFException) {
      fail(ErrorKind.TRUNCATED, "ends early: " + message(e));
    } else {
      fail(ErrorKind.PARSE_ERROR, message(e));
    }
  }

  /** The error kind of a member that could not be read. */
  static ErrorKind kindOf(IOException e) {
    return e instanceof EOFException ? ErrorKind.TRUNCATED : ErrorKind.PARSE_ERROR;
  }

  /** An exception as a short message: a limit's own text, else its type and message. */
  static String message(Throwable e) {
    String m = e.getMessage();
    if (e instanceof LimitException) {
      return m;
    }
    String type = e.getClass().getSimpleName();
    return m == null || m.isBlank() ? type : type + ": " + m;
  }
}
