package io.provscan.scan;

import io.provscan.detect.Findings;
import io.provscan.extract.Extracted;
import io.provscan.extract.ProvenanceMetadata;
import io.provscan.report.ErrorKind;
import io.provscan.report.ItemError;
import io.provscan.report.ItemRecord;
import io.provscan.report.ItemStatus;
import io.provscan.source.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the report record of an item from what each stage learnt. */
final class Records {
  private Records() {}

  /** An extracted item with its findings. */
  static ItemRecord of(
      Item item, Extracted ex, Findings findings, List<String> notes, long elapsedMs) {
    List<String> warnings = new ArrayList<>(item.warnings());
    warnings.addAll(ex.warnings());
    warnings.addAll(notes);
    return new ItemRecord(
        item.path(),
        item.parent(),
        item.root(),
        item.url(),
        ex.error() == null ? ItemStatus.OK : ItemStatus.FAILED,
        ex.error(),
        ex.sha256(),
        ex.size() < 0 ? null : ex.size(),
        ex.mediaType(),
        ex.charset(),
        ex.language(),
        ex.text().length(),
        ex.truncated(),
        null,
        item.http(),
        item.warc(),
        ProvenanceMetadata.select(ex.metadata()),
        findings.licenses(),
        findings.optOut(),
        findings.pii(),
        findings.sensitive(),
        null,
        List.of(),
        warnings,
        elapsedMs);
  }

  /** An item whose outcome the source decided. */
  static ItemRecord preset(Item item) {
    Item.Preset p = item.preset();
    return new ItemRecord(
        item.path(),
        item.parent(),
        item.root(),
        item.url(),
        p.status(),
        p.error(),
        p.sha256(),
        item.size() < 0 ? null : item.size(),
        p.mediaType(),
        null,
        null,
        0,
        false,
        p.members() < 0 ? null : p.members(),
        item.http(),
        item.warc(),
        Map.of(),
        List.of(),
        Findings.EMPTY.optOut(),
        List.of(),
        Map.of(),
        null,
        List.of(),
        item.warnings(),
        0);
  }

  /** An item that failed for a reason outside extraction: time-out, provscan's own bug. */
  static ItemRecord failed(Item item, ErrorKind kind, String message, long elapsedMs) {
    return new ItemRecord(
        item.path(),
        item.parent(),
        item.root(),
        item.url(),
        ItemStatus.FAILED,
        ItemError.of(kind, message),
        item.content() == null ? null : item.content().knownSha256().orElse(null),
        item.size() < 0 ? null : item.size(),
        null,
        null,
        null,
        0,
        false,
        null,
        item.http(),
        item.warc(),
        Map.of(),
        List.of(),
        Findings.EMPTY.optOut(),
        List.of(),
        Map.of(),
        null,
        List.of(),
        item.warnings(),
        elapsedMs);
  }
}
