package io.provscan.detect;

/**
 * A detector that also hides what it finds, so that the index, stored text and metadata written to
 * the report carry no raw personal data. Implementations are thread-safe and keep offsets.
 */
public interface Redactor {
  /** {@code text} with the spans of {@code findings} masked in place (same length). */
  String redactText(String text, Findings findings);

  /** A short value (a metadata field) with whatever this redactor finds in it masked. */
  String redactValue(String value);
}
