package io.provscan.manifest;

import io.provscan.source.RecordColumns;
import io.provscan.source.RecordFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.util.Locale;

/**
 * URL lists and JSONL web corpora as record files: CSV and TSV with a URL column (and optional
 * licence and caption/text columns), as LAION-style shards ship them, and JSONL whose records carry
 * {@code url}/{@code text} (C4, RefinedWeb, FineWeb), plain or gzip-compressed. Each record becomes
 * an item {@code file#n} with its URL, its caption or text as content, and the licence its row
 * declares. A file is claimed only when its header (or first record) shows a URL column; other CSV
 * and JSONL files are scanned as documents. Parquet shards ({@link ParquetRecords}) are claimed
 * when their schema has a text or URL column, and read by random access.
 */
public final class UrlLists implements RecordFormat {
  private final LicenseNormalizer names;
  private final Columns.Preferred columns;

  /** URL lists whose licence columns are normalised by {@code names}. */
  public UrlLists(LicenseNormalizer names) {
    this(names, RecordColumns.BUILT_IN);
  }

  /** URL lists whose columns may also have the names the user gave. */
  public UrlLists(LicenseNormalizer names, RecordColumns columns) {
    this.names = names;
    this.columns = Columns.Preferred.of(columns);
  }

  /** The record formats, by file name. */
  enum Format {
    CSV,
    TSV,
    JSONL,
    PARQUET
  }

  /**
   * The format a file name says: {@code .csv}, {@code .tsv}, {@code .jsonl} or {@code .ndjson},
   * each optionally {@code .gz}; and {@code .json.gz}, which C4 uses for JSONL. A plain {@code
   * .json} is not a list (Croissant files are one-line JSON with a {@code url} too).
   */
  static Format formatOf(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".parquet")) {
      return Format.PARQUET;
    }
    boolean gz = n.endsWith(".gz");
    String base = gz ? n.substring(0, n.length() - 3) : n;
    if (base.endsWith(".csv")) {
      return Format.CSV;
    }
    if (base.endsWith(".tsv")) {
      return Format.TSV;
    }
    if (base.endsWith(".jsonl") || base.endsWith(".ndjson") || (gz && base.endsWith(".json"))) {
      return Format.JSONL;
    }
    return null;
  }

  /** The list file of a record path ({@code data/urls.csv#7} → {@code data/urls.csv}), or null. */
  static String listOf(String path) {
    int hash = path.lastIndexOf('#');
    if (hash <= 0 || hash == path.length() - 1) {
      return null;
    }
    for (int i = hash + 1; i < path.length(); i++) {
      if (!Character.isDigit(path.charAt(i))) {
        return null;
      }
    }
    String list = path.substring(0, hash);
    String name = list.substring(Math.max(list.lastIndexOf('/'), list.lastIndexOf('!')) + 1);
    return formatOf(name) == null ? null : list;
  }

  @Override
  public boolean claimsName(String name) {
    return formatOf(name) != null;
  }

  @Override
  public boolean claims(String name, byte[] head, int length) {
    Format f = formatOf(name);
    if (f == null || f == Format.PARQUET || length == 0) {
      return false;
    }
    return f == Format.JSONL
        ? JsonlRecords.claims(head, length, columns)
        : CsvRecords.claims(head, length, f == Format.TSV, columns);
  }

  @Override
  public String mediaType(String name) {
    if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      return "application/gzip";
    }
    Format f = formatOf(name);
    if (f == Format.PARQUET) {
      return "application/vnd.apache.parquet";
    }
    return f == Format.CSV
        ? "text/csv"
        : f == Format.TSV ? "text/tab-separated-values" : "application/x-ndjson";
  }

  @Override
  public void read(String name, InputStream in, int maxRecordBytes, Rows out)
      throws IOException, InterruptedException {
    Format f = formatOf(name);
    if (f == Format.JSONL) {
      new JsonlRecords(names, columns).read(in, maxRecordBytes, out);
    } else {
      new CsvRecords(names, f == Format.TSV, columns).read(in, maxRecordBytes, out);
    }
  }

  /**
   * Reads whole lines of a JSONL corpus that start at line {@code firstLine} of their file, as
   * {@link #read} reads them in the whole file (a run of a file cut at line ends, scanned apart).
   */
  public void readJsonlLines(InputStream in, int maxRecordBytes, long firstLine, Rows out)
      throws IOException, InterruptedException {
    new JsonlRecords(names, columns).read(in, maxRecordBytes, firstLine, out);
  }

  /** True when a file of this name is read as a JSONL corpus (if its head {@link #claims} it). */
  public boolean jsonl(String name) {
    return formatOf(name) == Format.JSONL && !name.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  @Override
  public boolean seekable(String name) {
    return formatOf(name) == Format.PARQUET;
  }

  @Override
  public boolean claims(String name, SeekableByteChannel file, long size) throws IOException {
    return seekable(name) && ParquetRecords.claims(file, size, columns);
  }

  @Override
  public void read(String name, SeekableByteChannel file, long size, int maxRecordBytes, Rows out)
      throws IOException, InterruptedException {
    new ParquetRecords(names, columns).read(file, size, maxRecordBytes, out);
  }

  /** A row's licence value, normalised; null when it says nothing. */
  static NormalizedLicense license(LicenseNormalizer names, String value) {
    if (value == null || Columns.NO_LICENSE.contains(value.strip().toLowerCase(Locale.ROOT))) {
      return null;
    }
    return names.normalize(value);
  }

  /** The record with its other columns, kept as its metadata. */
  static Record withFields(Record r, java.util.Map<String, String> fields) {
    return fields.isEmpty()
        ? r
        : new Record(
            r.number(), r.url(), r.text(), r.license(), r.licenseAsWritten(), r.error(), fields);
  }

  /** A record from its parts. */
  static Record record(long n, String url, String text, NormalizedLicense license) {
    String u = url == null || url.isBlank() ? null : url.strip();
    return new Record(
        n,
        u,
        text == null ? "" : text,
        license == null ? null : license.id(),
        license == null ? null : license.asWritten(),
        null);
  }
}
