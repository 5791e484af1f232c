package io.provscan.extract;

import io.provscan.source.ErrorKind;
import io.provscan.source.ItemError;
import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.UnsupportedFormatException;

/** Maps whatever a parser threw to the report's error kinds. */
final class Failures {
  private Failures() {}

  static ItemError classify(Throwable t, Deadline deadline) {
    if (deadline.expired()) {
      return ItemError.of(ErrorKind.TIMEOUT, "extraction ran past the item time limit");
    }
    if (t instanceof OutOfMemoryError) {
      return ItemError.of(ErrorKind.OUT_OF_MEMORY, "the parser ran out of memory");
    }
    if (t instanceof StackOverflowError) {
      return ItemError.of(ErrorKind.PARSE_ERROR, "structure nested too deeply (stack overflow)");
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      ItemError known = known(c);
      if (known != null) {
        return known;
      }
    }
    return ItemError.of(ErrorKind.PARSE_ERROR, describe(root(t)));
  }

  private static ItemError known(Throwable c) {
    String message = c.getMessage() == null ? "" : c.getMessage().toLowerCase(Locale.ROOT);
    if (c instanceof EncryptedDocumentException || message.contains("password")) {
      return ItemError.of(ErrorKind.ENCRYPTED, describe(c));
    }
    if (c instanceof UnsupportedFormatException) {
      return ItemError.of(ErrorKind.UNSUPPORTED, describe(c));
    }
    if (c instanceof TikaMemoryLimitException || message.contains("zip bomb")) {
      return ItemError.of(ErrorKind.LIMIT, describe(c));
    }
    return null;
  }

  /** Errors that leave the JVM unusable are not an item's problem. */
  static void rethrowIfFatal(Throwable t) {
    if (t instanceof VirtualMachineError
        && !(t instanceof OutOfMemoryError)
        && !(t instanceof StackOverflowError)) {
      throw (VirtualMachineError) t;
    }
    if (t instanceof ThreadDeath) {
      throw (ThreadDeath) t;
    }
  }

  private static Throwable root(Throwable t) {
    Throwable r = t;
    while (r.getCause() != null && r.getCause() != r) {
      r = r.getCause();
    }
    return r;
  }

  static String describe(Throwable t) {
    String m = t.getMessage();
    return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
  }
}
