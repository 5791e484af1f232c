package io.provscan.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One thing to scan: a file, an archive member or a WARC record.
 *
 * <p>An item either carries {@link #content()} to be extracted, or a {@link #preset()} outcome the
 * source already knows (a skipped symlink, an unreadable folder, a container whose members were
 * emitted as items of their own).
 *
 * @param root the scan root it came from, as an absolute normalised path
 * @param path the path relative to the root with {@code /} separators; {@code !/} separates an
 *     archive from its member and {@code #n} a WARC file, URL list or JSONL corpus from its n-th
 *     record (1-based)
 * @param parent the path of the containing archive or WARC item, or null at the top level
 * @param depth how many containers enclose it (0 at the top level)
 * @param content the bytes, or null when the outcome is preset
 * @param size the size in bytes, or -1 when unknown
 * @param url the URL the content was captured from, or null
 * @param http the HTTP response that carried it, or null
 * @param warc where it sits in its WARC file, or null
 * @param warnings notes from the source, such as a crawler's truncation of the payload
 * @param preset the outcome decided at the source, or null when the item is to be extracted
 * @param row for a record of a URL list or JSONL corpus, its row number and declared licence; else
 *     null
 */
public record Item(
    String root,
    String path,
    String parent,
    int depth,
    ItemContent content,
    long size,
    String url,
    HttpInfo http,
    WarcInfo warc,
    List<String> warnings,
    Preset preset,
    Row row) {

  /** Copies the warnings. */
  public Item {
    warnings = List.copyOf(warnings);
  }

  /**
   * An outcome known before extraction.
   *
   * @param status the status to report
   * @param error why, for failed and skipped items; null for ok
   * @param sha256 the hash when the source computed it, else null
   * @param mediaType the media type when the source knows it, else null
   * @param members for containers, how many items were emitted from it; else -1
   */
  public record Preset(
      ItemStatus status, ItemError error, String sha256, String mediaType, int members) {}

  /**
   * Where a record of a URL list or JSONL corpus sits, and the licence its row declares.
   *
   * @param number the 1-based data row (CSV/TSV, header not counted) or line (JSONL)
   * @param license the declared licence as an SPDX id or {@code LicenseRef-}, or null
   * @param licenseAsWritten the licence as the row writes it, or null
   * @param fields the row's other scalar columns by name (Parquet), in schema order; empty when
   *     none are read
   */
  public record Row(
      long number, String license, String licenseAsWritten, Map<String, String> fields) {
    /** Copies the fields, keeping their order. */
    public Row {
      fields =
          fields == null || fields.isEmpty()
              ? Map.of()
              : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** A row without other columns. */
    public Row(long number, String license, String licenseAsWritten) {
      this(number, license, licenseAsWritten, Map.of());
    }
  }

  /** An item to be extracted from its content. */
  public static Item of(String root, String path, String parent, int depth, ItemContent content) {
    return new Item(
        root,
        path,
        parent,
        depth,
        content,
        content.size(),
        null,
        null,
        null,
        List.of(),
        null,
        null);
  }

  /**
   * The item of one record of a record file (URL list, JSONL corpus, Parquet shard): {@code
   * container#n}, its text as content, with its URL and row; a record that could not be read is a
   * failed item.
   *
   * @param root the scan root
   * @param container the record file's path
   * @param depth the record file's depth (its records sit one deeper)
   */
  public static Item ofRecord(String root, String container, int depth, RecordFormat.Record r) {
    String member = container + "#" + r.number();
    Row row = new Row(r.number(), r.license(), r.licenseAsWritten(), r.fields());
    Item item;
    if (r.error() != null) {
      item = judged(root, member, container, depth + 1, -1, r.error());
    } else {
      byte[] text =
          r.text() == null
              ? new byte[0]
              : r.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      item = of(root, member, container, depth + 1, Contents.bytes(text, text.length, null));
    }
    return item.withRow(r.url(), row);
  }

  /** An item the source already judged as failed or skipped. */
  public static Item judged(
      String root, String path, String parent, int depth, long size, ItemError error) {
    ItemStatus status =
        switch (error.kind()) {
          case SYMLINK, SPECIAL_FILE, SYMLINK_LOOP -> ItemStatus.SKIPPED;
          default -> ItemStatus.FAILED;
        };
    return new Item(
        root,
        path,
        parent,
        depth,
        null,
        size,
        null,
        null,
        null,
        List.of(),
        new Preset(status, error, null, null, -1),
        null);
  }

  /** An item whose outcome the source decided, with whatever it learnt of the bytes. */
  public static Item preset(
      String root, String path, String parent, int depth, long size, Preset preset) {
    return new Item(
        root, path, parent, depth, null, size, null, null, null, List.of(), preset, null);
  }

  /** The same item captured from {@code url} with the given HTTP response and WARC position. */
  public Item withCapture(String url, HttpInfo http, WarcInfo warc, List<String> notes) {
    return new Item(root, path, parent, depth, content, size, url, http, warc, notes, preset, row);
  }

  /** The same item as a record of a URL list, with its URL and row. */
  public Item withRow(String url, Row row) {
    return new Item(
        root, path, parent, depth, content, size, url, http, warc, warnings, preset, row);
  }

  /** True when the source already decided the outcome. */
  public boolean isPreset() {
    return preset != null;
  }

  /** The last path segment, used as a file-name hint for type detection. */
  public String name() {
    String p = path;
    int cut = Math.max(p.lastIndexOf('/'), Math.max(p.lastIndexOf('!'), p.lastIndexOf('#')));
    return cut < 0 ? p : p.substring(cut + 1);
  }
}
