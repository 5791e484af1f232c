package io.provscan.report;

import io.provscan.detect.OptOut;
import io.provscan.record.ItemRecord;
import java.util.List;
import java.util.Map;

/**
 * Fills the collections a hand-edited or older {@code items.jsonl} line may lack, so renderers
 * never meet a null list.
 */
final class Normalised {
  private Normalised() {}

  static ItemRecord of(ItemRecord r) {
    if (r.metadata() != null
        && r.licenses() != null
        && r.optOut() != null
        && r.pii() != null
        && r.sensitive() != null
        && r.reasons() != null
        && r.warnings() != null) {
      return r;
    }
    return new ItemRecord(
        r.path(),
        r.parent(),
        r.root(),
        r.source(),
        r.url(),
        r.status(),
        r.error(),
        r.sha256(),
        r.size(),
        r.mediaType(),
        r.charset(),
        r.language(),
        r.chars(),
        r.truncated(),
        r.members(),
        r.http(),
        r.warc(),
        r.metadata() == null ? Map.of() : r.metadata(),
        r.licenses() == null ? List.of() : r.licenses(),
        r.optOut() == null ? OptOut.NONE : r.optOut(),
        r.pii() == null ? List.of() : r.pii(),
        r.sensitive() == null ? Map.of() : r.sensitive(),
        r.verdict(),
        r.reasons() == null ? List.of() : r.reasons(),
        r.warnings() == null ? List.of() : r.warnings(),
        r.elapsedMs());
  }
}
