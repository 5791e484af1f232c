package io.provscan.detect.optout;

import io.provscan.detect.DetectorInput;
import java.util.List;

/**
 * AIPREF's {@code Content-Usage} response header (draft-ietf-aipref-attach), read as {@link
 * ContentUsage}. RFC 9651 §4.2: several field lines are one field, joined with commas.
 */
final class ContentUsageHeader implements PageSignalReader {
  @Override
  public void read(DetectorInput item, ItemEvidence found) {
    if (item.http() == null) {
      return;
    }
    List<String> lines = item.http().header("Content-Usage");
    if (lines.isEmpty()) {
      return;
    }
    String joined = String.join(", ", lines);
    ContentUsage u = ContentUsage.parse(joined);
    String note = u.label() == null ? " (no training preference understood: unknown)" : "";
    found.add(
        Signals.of(
            Signals.CONTENT_USAGE,
            u.scope(),
            List.of(),
            u.value(),
            "Content-Usage: " + joined + note,
            null,
            u.trainAi().effect()));
  }
}
