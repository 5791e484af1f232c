package io.provscan.export;

import io.provscan.detect.PiiFinding;
import io.provscan.detect.pii.PiiDetector;
import io.provscan.extract.Extracted;
import io.provscan.scan.ItemReader;
import io.provscan.source.Item;
import java.util.List;

/**
 * Turns one item the scan let through into its exported record: extracts it again as the scan did,
 * checks its bytes are the scan's, finds personal data in the text and replaces it. Shared by the
 * workers; holds no mutable state. An item that cannot be exported becomes a dropped outcome with
 * its reason, never an exception.
 */
final class ItemExport {
  /** Why an item whose bytes differ from the scan's is left out: {@value}. */
  static final String CHANGED = "changed since the scan";

  private final ItemReader reader;
  private final PiiDetector detector;
  private final Deidentifier deidentifier;

  ItemExport(ItemReader reader, PiiDetector detector, Deidentifier deidentifier) {
    this.reader = reader;
    this.detector = detector;
    this.deidentifier = deidentifier;
  }

  /** The outcome of the item at {@code seq}; releases its content. */
  Outcome export(long seq, Item item, ScanEntry e) {
    try {
      Extracted ex = reader.extracted(item);
      if (ex.error() != null) {
        return Outcome.problem(
            seq, e, e.path(), "unreadable now (" + ex.error().kind().json() + ")");
      }
      if (e.sha256() != null && !e.sha256().equals(ex.sha256())) {
        return Outcome.problem(seq, e, e.path(), CHANGED);
      }
      Deidentifier.Result text = deidentify(ex.text());
      String url = e.url() == null ? null : deidentify(e.url()).text();
      ExportRecord r =
          new ExportRecord(
              text.text(),
              e.source(),
              e.path(),
              url,
              ex.sha256(),
              e.license(),
              e.category(),
              e.reserved() ? "reserved" : "none",
              e.verdict(),
              ex.language(),
              text.spans());
      return Outcome.kept(seq, e, r, r.jsonLine());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError t) {
      // Never export a text whose personal data could not be looked for.
      return Outcome.problem(
          seq, e, e.path(), "export failed on this item (" + t.getClass().getSimpleName() + ")");
    } finally {
      if (item.content() != null) {
        item.content().release();
      }
    }
  }

  private Deidentifier.Result deidentify(String text) {
    List<PiiFinding> found = detector.find(text).pii();
    return deidentifier.apply(text, found);
  }
}
