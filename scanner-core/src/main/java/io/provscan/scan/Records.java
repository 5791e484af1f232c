package io.provscan.scan;

import io.provscan.detect.Findings;
import io.provscan.detect.LicenseFinding;
import io.provscan.detect.license.LicenseKnowledge;
import io.provscan.extract.Extracted;
import io.provscan.extract.ProvenanceMetadata;
import io.provscan.licensedb.LicenseCategory;
import io.provscan.record.ItemRecord;
import io.provscan.source.ErrorKind;
import io.provscan.source.Item;
import io.provscan.source.ItemError;
import io.provscan.source.ItemStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Builds the report record of an item from what each stage learnt. */
final class Records {
  /** The basis of a licence a manifest or URL list declares: {@value}. */
  static final String DECLARED = "declared";

  private Records() {}

  /** An extracted item with its findings. */
  static ItemRecord of(
      Item item, String source, Extracted ex, Findings findings, List<String> notes, long ms) {
    List<String> warnings = new ArrayList<>(item.warnings());
    warnings.addAll(ex.warnings());
    warnings.addAll(notes);
    return new ItemRecord(
        item.path(),
        item.parent(),
        item.root(),
        source,
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
        ms);
  }

  /**
   * The licence a URL list's row declares for its URL, as a finding with basis {@code declared}:
   * the list's word, not evidence from the content, so detectors' findings stand beside it. With
   * the catalogue (licences detected), it carries the licence's category and clauses.
   */
  static Findings declared(Item item, Supplier<LicenseKnowledge> knowledge) {
    Item.Row row = item.row();
    if (row == null || row.license() == null) {
      return Findings.EMPTY;
    }
    LicenseFinding declared =
        knowledge != null
            ? knowledge.get().declared(row.license(), row.licenseAsWritten(), 1.0)
            : new LicenseFinding(
                row.license(),
                row.licenseAsWritten(),
                DECLARED,
                1.0,
                LicenseCategory.UNKNOWN.id(),
                List.of(),
                null);
    return Findings.ofLicenses(List.of(declared));
  }

  /** An item whose outcome the source decided. */
  static ItemRecord preset(Item item, String source) {
    Item.Preset p = item.preset();
    int members = p.members();
    return bare(item, source, p.status(), p.error(), p.sha256(), p.mediaType(), members, 0);
  }

  /** An item that failed for a reason outside extraction: time-out, provscan's own bug. */
  static ItemRecord failed(Item item, String source, ErrorKind kind, String message, long ms) {
    String sha = item.content() == null ? null : item.content().knownSha256().orElse(null);
    return bare(item, source, ItemStatus.FAILED, ItemError.of(kind, message), sha, null, -1, ms);
  }

  /** A record without text, metadata or findings. */
  private static ItemRecord bare(
      Item item,
      String source,
      ItemStatus status,
      ItemError error,
      String sha256,
      String mediaType,
      int members,
      long ms) {
    return new ItemRecord(
        item.path(),
        item.parent(),
        item.root(),
        source,
        item.url(),
        status,
        error,
        sha256,
        item.size() < 0 ? null : item.size(),
        mediaType,
        null,
        null,
        0,
        false,
        members < 0 ? null : members,
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
        ms);
  }
}
