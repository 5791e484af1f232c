package io.provscan.manifest;

import io.provscan.source.ErrorKind;
import io.provscan.source.LimitException;
import io.provscan.source.RecordFormat.Record;
import io.provscan.source.RecordFormat.Rows;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV (RFC 4180, with quotes) and TSV (IANA text/tab-separated-values: no quoting, so a caption's
 * stray quote cannot swallow the next lines) URL lists, read with Apache Commons CSV. The first
 * record is a header when it names a URL column; a header-less list (Conceptual Captions'
 * caption-then-URL TSV) is recognised by a URL in its first record, and when it has two columns the
 * other one is the caption. Rows are numbered from 1, the header not counted.
 */
final class CsvRecords {
  private final LicenseNormalizer names;
  private final CSVFormat format;

  private final Columns.Preferred columns;

  CsvRecords(LicenseNormalizer names, boolean tsv, Columns.Preferred columns) {
    this.names = names;
    this.format = format(tsv);
    this.columns = columns;
  }

  static CSVFormat format(boolean tsv) {
    CSVFormat base = tsv ? CSVFormat.TDF.builder().setQuote(null).get() : CSVFormat.DEFAULT;
    return base.builder().setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(false).get();
  }

  /** Which columns hold what. */
  record Layout(boolean header, int url, int text, int license, List<String> names) {
    /** The layout a first record shows, or null when it has no URL column. */
    static Layout of(CSVRecord first, Columns.Preferred columns) {
      List<String> cells = new ArrayList<>();
      first.forEach(c -> cells.add(Columns.lower(c)));
      int url = Columns.find(cells, columns.url());
      if (url >= 0) {
        List<String> names = new ArrayList<>();
        first.forEach(c -> names.add(c.strip()));
        return new Layout(
            true,
            url,
            Columns.find(cells, columns.text()),
            Columns.find(cells, columns.license()),
            names);
      }
      for (int i = 0; i < first.size(); i++) {
        if (Columns.looksLikeUrl(first.get(i))) {
          return new Layout(false, i, first.size() == 2 ? 1 - i : -1, -1, List.of());
        }
      }
      return null;
    }
  }

  static boolean claims(byte[] head, int length, boolean tsv, Columns.Preferred columns) {
    String text = new String(head, 0, length, StandardCharsets.UTF_8);
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format(tsv))) {
      Iterator<CSVRecord> it = parser.iterator();
      return it.hasNext() && Layout.of(it.next(), columns) != null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  void read(InputStream in, int maxRecordChars, Rows out) throws IOException, InterruptedException {
    BoundedReader reader = new BoundedReader(utf8(in), maxRecordChars);
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      Iterator<CSVRecord> it = parser.iterator();
      if (!hasNext(it)) {
        return;
      }
      CSVRecord first = it.next();
      Layout layout = Layout.of(first, columns);
      if (layout == null) {
        throw new IOException("no URL column in the first record");
      }
      long n = 0;
      if (!layout.header()) {
        out.accept(row(++n, first, layout));
      }
      while (hasNext(it)) {
        reader.recordEnded();
        out.accept(row(++n, it.next(), layout));
      }
    }
  }

  private Record row(long n, CSVRecord r, Layout layout) {
    Record record =
        UrlLists.record(
            n,
            cell(r, layout.url()),
            cell(r, layout.text()),
            UrlLists.license(names, cell(r, layout.license())));
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    List<String> header = layout.names();
    for (int i = 0; i < r.size() && i < header.size(); i++) {
      if (i != layout.url() && i != layout.text() && i != layout.license()) {
        Columns.field(fields, header.get(i), r.get(i));
      }
    }
    return UrlLists.withFields(record, fields);
  }

  /** Commons CSV reports read errors from its iterator unchecked; they end the file here. */
  private static boolean hasNext(Iterator<CSVRecord> it) throws IOException {
    try {
      return it.hasNext();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException(e.getMessage(), e);
    }
  }

  private static String cell(CSVRecord r, int index) {
    return index >= 0 && index < r.size() ? r.get(index) : null;
  }

  static Reader utf8(InputStream in) {
    return new InputStreamReader(
        in,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE));
  }

  /**
   * A reader that stops a file whose record grows past the limit (an unclosed quote would make the
   * rest of the file one field). Counts characters handed out since the last record ended; Commons
   * CSV reads ahead by a buffer, so the bound holds within a few KiB.
   */
  static final class BoundedReader extends Reader {
    private final Reader in;
    private final long max;
    private long sinceRecord;

    BoundedReader(Reader in, long max) {
      this.in = in;
      this.max = max;
    }

    void recordEnded() {
      sinceRecord = 0;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        sinceRecord += n;
        if (sinceRecord > max + 64 * 1024) {
          throw new LimitException(
              ErrorKind.LIMIT,
              "a record is longer than "
                  + max
                  + " characters (the record limit); the rest of the file was not read");
        }
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
