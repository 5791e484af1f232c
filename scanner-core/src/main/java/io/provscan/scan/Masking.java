package io.provscan.scan;

import io.provscan.detect.Detector;
import io.provscan.detect.Findings;
import io.provscan.detect.Redactor;
import io.provscan.extract.Extracted;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Masks personal data in an extraction before any sink sees it. */
final class Masking {
  private Masking() {}

  /**
   * The extraction with personal data masked in its text and metadata by every detector that
   * redacts: what the report and the index see from here on. Without an index no sink reads the
   * text, so it is left as it is (masking a long text costs two copies of it).
   *
   * @param maskText mask the text too (true when the index is written)
   */
  static Extracted masked(
      Extracted ex, Findings findings, List<Detector> detectors, boolean maskText) {
    Extracted out = ex;
    for (Detector detector : detectors) {
      if (detector instanceof Redactor redactor) {
        out = masked(out, findings, redactor, maskText);
      }
    }
    return out;
  }

  private static Extracted masked(
      Extracted ex, Findings findings, Redactor redactor, boolean maskText) {
    Map<String, List<String>> metadata = new LinkedHashMap<>();
    ex.metadata()
        .forEach((k, v) -> metadata.put(k, v.stream().map(redactor::redactValue).toList()));
    return ex.with(
        maskText ? redactor.redactText(ex.text(), findings) : ex.text(),
        metadata,
        ex.warnings(),
        ex.error());
  }
}
