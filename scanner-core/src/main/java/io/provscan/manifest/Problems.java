package io.provscan.manifest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/** Short descriptions of parse errors for problem lists: the first line and the position only. */
final class Problems {
  /** Longest description kept, in characters: {@value}. */
  static final int MAX_CHARS = 200;

  private Problems() {}

  /**
   * What went wrong, without the parser's quotation of the input (a manifest's text stays out of
   * the report except where it is a fact the report shows on purpose).
   */
  static String of(Exception e) {
    String message =
        e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    if (message == null || message.isBlank()) {
      message = e.getClass().getSimpleName();
    }
    String first = message.strip().lines().findFirst().orElse(message);
    if (first.length() > MAX_CHARS) {
      first = first.substring(0, MAX_CHARS) + "…";
    }
    if (e instanceof JsonProcessingException j && j.getLocation() != null) {
      JsonLocation at = j.getLocation();
      if (at.getLineNr() > 0) {
        first += " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      }
    }
    return first;
  }
}
