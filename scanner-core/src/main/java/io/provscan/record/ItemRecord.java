package io.provscan.record;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.provscan.detect.LicenseFinding;
import io.provscan.detect.OptOut;
import io.provscan.detect.PiiFinding;
import io.provscan.source.HttpInfo;
import io.provscan.source.ItemError;
import io.provscan.source.ItemStatus;
import io.provscan.source.WarcInfo;
import java.util.List;
import java.util.Map;

/**
 * One line of {@code items.jsonl}: everything the scan learnt about one item. Field meanings, units
 * and nullability are specified in {@code docs/report-format.md}; this record is that contract in
 * code.
 *
 * @param path path relative to its scan root ({@code !/} into archives, {@code #n} for records)
 * @param parent the containing item's path, or null
 * @param root the scan root, absolute
 * @param source the id of the data source the item belongs to (a manifest's dataset, a web host, a
 *     top-level folder); see {@code summary.json} → {@code sources}
 * @param url the URL the item was captured from, or null
 * @param status ok, failed or skipped
 * @param error why it failed or was skipped, or null
 * @param sha256 SHA-256 of the bytes, or null when they could not be read
 * @param size bytes, or null when unknown
 * @param mediaType detected media type, or null
 * @param charset character set of the text, or null
 * @param language main language (ISO 639-1), or null
 * @param chars characters of text extracted
 * @param truncated true when the text was cut at the character limit
 * @param members for an archive or WARC file, how many items came out of it; else null
 * @param http HTTP status and headers of the capture, or null
 * @param warc position of the record in its WARC file, or null
 * @param metadata the provenance subset of the document metadata
 * @param licenses licences found
 * @param optOut opt-out signals and whether the item is reserved
 * @param pii personal data found, masked
 * @param sensitive counts per sensitive category
 * @param verdict the policy's verdict ({@code allow}, {@code review}, {@code block}), or null
 * @param reasons why the policy decided so
 * @param warnings short notes (embedded limits, binary content, WARC truncation)
 * @param elapsedMs time spent on the item, milliseconds
 */
@JsonPropertyOrder({
  "path",
  "parent",
  "root",
  "source",
  "url",
  "status",
  "error",
  "sha256",
  "size",
  "mediaType",
  "charset",
  "language",
  "chars",
  "truncated",
  "members",
  "http",
  "warc",
  "metadata",
  "licenses",
  "optOut",
  "pii",
  "sensitive",
  "verdict",
  "reasons",
  "warnings",
  "elapsedMs"
})
public record ItemRecord(
    String path,
    String parent,
    String root,
    String source,
    String url,
    ItemStatus status,
    ItemError error,
    String sha256,
    Long size,
    String mediaType,
    String charset,
    String language,
    long chars,
    boolean truncated,
    Integer members,
    HttpInfo http,
    WarcInfo warc,
    Map<String, List<String>> metadata,
    List<LicenseFinding> licenses,
    OptOut optOut,
    List<PiiFinding> pii,
    Map<String, Integer> sensitive,
    String verdict,
    List<String> reasons,
    List<String> warnings,
    long elapsedMs) {

  /** The same record with the policy's verdict and reasons. */
  public ItemRecord withVerdict(String verdict, List<String> reasons) {
    return new ItemRecord(
        path,
        parent,
        root,
        source,
        url,
        status,
        error,
        sha256,
        size,
        mediaType,
        charset,
        language,
        chars,
        truncated,
        members,
        http,
        warc,
        metadata,
        licenses,
        optOut,
        pii,
        sensitive,
        verdict,
        List.copyOf(reasons),
        warnings,
        elapsedMs);
  }

  /** True for archives and WARC files, whose members are items of their own. */
  @JsonIgnore
  public boolean isContainer() {
    return members != null;
  }
}
