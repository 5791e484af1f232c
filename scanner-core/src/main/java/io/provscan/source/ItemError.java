package io.provscan.source;

/**
 * Why an item failed or was skipped.
 *
 * @param kind the category, stable across versions
 * @param message a short human-readable explanation (never contains extracted content)
 */
public record ItemError(ErrorKind kind, String message) {
  private static final int MAX_MESSAGE = 300;

  /** Creates an error, cutting the message to {@value #MAX_MESSAGE} characters. */
  public ItemError {
    if (message == null || message.isBlank()) {
      message = kind.json();
    } else if (message.length() > MAX_MESSAGE) {
      message = message.substring(0, MAX_MESSAGE) + "…";
    }
  }

  /** Shorthand for {@code new ItemError(kind, message)}. */
  public static ItemError of(ErrorKind kind, String message) {
    return new ItemError(kind, message);
  }
}
