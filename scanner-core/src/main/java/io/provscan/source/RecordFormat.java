package io.provscan.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;

/**
 * A file format whose records are items of their own: URL lists (LAION-style CSV/TSV shards) and
 * JSONL web corpora (C4, RefinedWeb, FineWeb). Like a WARC file, such a file is a container: the
 * walker emits every record as {@code file#n} with its URL, its text as content and the licence it
 * declares, then the file itself with its member count. Records are read lazily, one at a time.
 * Implementations are stateless and thread-safe.
 */
public interface RecordFormat {
  /**
   * True when a file of this name may hold records; only then is its head read for {@link #claims}.
   * Must be cheap: it is asked for every file of the scan.
   */
  boolean claimsName(String name);

  /**
   * True when the file holds records, judged from its name and its first bytes (decompressed when
   * the file is gzip-compressed).
   */
  boolean claims(String name, byte[] head, int length);

  /** The media type the file itself is reported with. */
  String mediaType(String name);

  /**
   * Reads the records of a claimed file in order, handing each to {@code out}.
   *
   * @param name the file name (tells CSV from TSV from JSONL)
   * @param in the file's bytes, decompressed
   * @param maxRecordBytes longest record read; a longer one is reported as a failed record
   * @throws IOException when the file cannot be read further (the records so far stand; a {@link
   *     LimitException} names the limit)
   */
  void read(String name, InputStream in, int maxRecordBytes, Rows out)
      throws IOException, InterruptedException;

  /**
   * True when files of this name are read by random access instead of as a stream: Parquet keeps
   * its schema and the places of its row groups in a footer at the end. Such a file is asked {@link
   * #claims(String, SeekableByteChannel, long)} and read with {@link #read(String,
   * SeekableByteChannel, long, int, Rows)}; it is never gzip-wrapped.
   */
  default boolean seekable(String name) {
    return false;
  }

  /**
   * For a {@link #seekable} file: true when it holds records this format reads (for Parquet, a
   * column of text or URLs in its schema). An unreadable file is not claimed and is scanned as a
   * document, which reports it.
   */
  default boolean claims(String name, SeekableByteChannel file, long size) throws IOException {
    return false;
  }

  /**
   * Reads the records of a claimed {@link #seekable} file in order, handing each to {@code out}.
   *
   * @throws IOException when the file cannot be read further (the records so far stand)
   */
  default void read(String name, SeekableByteChannel file, long size, int maxRecordBytes, Rows out)
      throws IOException, InterruptedException {
    throw new UnsupportedOperationException(name + " is read as a stream");
  }

  /** Receives records; may block (a bounded queue). */
  @FunctionalInterface
  interface Rows {
    /** Takes one record. */
    void accept(Record record) throws InterruptedException;
  }

  /**
   * One record.
   *
   * @param number the 1-based data row (CSV/TSV, header not counted) or line (JSONL)
   * @param url the URL the record names, or null
   * @param text its caption or text, the item's content ({@code ""} when it has none)
   * @param license the licence it declares as an SPDX id or {@code LicenseRef-}, or null
   * @param licenseAsWritten the licence as written in the record, or null
   * @param error why the record could not be read, or null
   * @param fields the record's other scalar columns by name, in schema order (Parquet), or empty
   */
  record Record(
      long number,
      String url,
      String text,
      String license,
      String licenseAsWritten,
      ItemError error,
      java.util.Map<String, String> fields) {
    /** A record without other columns. */
    public Record(
        long number,
        String url,
        String text,
        String license,
        String licenseAsWritten,
        ItemError error) {
      this(number, url, text, license, licenseAsWritten, error, java.util.Map.of());
    }
  }
}
