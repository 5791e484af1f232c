package io.provscan.manifest;

import io.provscan.source.ErrorKind;
import io.provscan.source.ItemError;
import io.provscan.source.RecordFormat.Record;
import io.provscan.source.RecordFormat.Rows;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Parquet shards, as Hugging Face datasets ship them: every row an item {@code file.parquet#n}
 * (numbered from 1 across row groups), its text column as content, its URL column as the item's
 * URL, its licence column as the licence it declares: the columns of the names {@link Columns}
 * lists, at the top level or in a {@code metadata} struct. A dataset of prompts and answers has no
 * {@code text} column; its dialogue columns ({@link #DIALOGUE}: {@code instruction}, {@code
 * output}, {@code messages}, …) are joined instead, one per line. Lists and structs give the
 * strings they hold. Only these columns are decoded (a projection), one row group at a time, so a
 * shard of any size is read in the memory of one row group's pages of those columns.
 *
 * <p>A file with neither text nor URL columns is not claimed (it is scanned as a file). A row group
 * that cannot be decoded is one failed record, numbered by its first row, and reading goes on with
 * the next; a row whose text is longer than the record limit is a failed record.
 *
 * <p>Read with Apache Parquet's own reader ({@code parquet-hadoop}), the reference implementation
 * that Spark uses too: every codec and encoding of the format, without a Hadoop installation (its
 * client jars are on the class path, pure Java).
 */
final class ParquetRecords {
  /** The four bytes a Parquet file starts and ends with. */
  static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

  /** Columns of instruction and chat datasets, joined when there is no text column. */
  static final List<String> DIALOGUE =
      List.of(
          "instruction",
          "system",
          "prompt",
          "question",
          "input",
          "context",
          "query",
          "output",
          "response",
          "answer",
          "completion",
          "chosen",
          "rejected",
          "messages",
          "conversations",
          "conversation",
          "dialogue",
          "turns");

  private final LicenseNormalizer names;
  private final Columns.Preferred columns;

  ParquetRecords(LicenseNormalizer names, Columns.Preferred columns) {
    this.names = names;
    this.columns = columns;
  }

  /** True when the file is Parquet and its schema has a text, dialogue or URL column. */
  static boolean claims(SeekableByteChannel file, long size, Columns.Preferred columns)
      throws IOException {
    if (size < 12) {
      return false;
    }
    try (ParquetFileReader reader = open(file, size)) {
      return Roles.of(reader.getFooter().getFileMetaData().getSchema(), columns) != null;
    }
  }

  void read(SeekableByteChannel file, long size, int maxRecordBytes, Rows out)
      throws IOException, InterruptedException {
    try (ParquetFileReader reader = open(file, size)) {
      MessageType schema = reader.getFooter().getFileMetaData().getSchema();
      Roles roles = Roles.of(schema, columns);
      if (roles == null) {
        throw new IOException("no text or URL column in the Parquet schema");
      }
      MessageType projection = roles.projection(schema);
      reader.setRequestedSchema(projection);
      MessageColumnIO io = new ColumnIOFactory().getColumnIO(projection, schema);
      List<BlockMetaData> groups = reader.getRowGroups();
      long first = 1;
      for (int g = 0; g < groups.size(); g++) {
        long rows = groups.get(g).getRowCount();
        readGroup(reader, g, io, projection, roles, first, rows, maxRecordBytes, out);
        first += rows;
      }
    }
  }

  private void readGroup(
      ParquetFileReader reader,
      int group,
      MessageColumnIO io,
      MessageType projection,
      Roles roles,
      long first,
      long rows,
      int maxRecordBytes,
      Rows out)
      throws InterruptedException {
    long n = first;
    try {
      PageReadStore pages = reader.readRowGroup(group);
      RecordReader<ParquetRowConverter.Row> records =
          io.getRecordReader(pages, roles.converter(projection), FilterCompat.NOOP);
      for (long i = 0; i < rows; i++, n++) {
        out.accept(record(n, records.read(), roles, maxRecordBytes));
      }
    } catch (IOException | RuntimeException e) {
      String why = e.getClass().getSimpleName() + ": " + e.getMessage();
      long left = first + rows - n;
      out.accept(
          failed(
              n,
              ErrorKind.PARSE_ERROR,
              "row group " + (group + 1) + ", " + left + " rows: " + why));
    }
  }

  private Record record(long n, ParquetRowConverter.Row row, Roles roles, int maxRecordBytes) {
    String text = roles.text(row);
    if (text.length() > maxRecordBytes / 2
        && text.getBytes(StandardCharsets.UTF_8).length > maxRecordBytes) {
      return failed(n, ErrorKind.LIMIT, "text longer than " + maxRecordBytes + " bytes");
    }
    String url = row.url()[0];
    String license = row.license()[0];
    Record r = UrlLists.record(n, url, text, UrlLists.license(names, license));
    return new Record(
        r.number(), r.url(), r.text(), r.license(), r.licenseAsWritten(), null, roles.fields(row));
  }

  private static Record failed(long n, ErrorKind kind, String why) {
    return new Record(n, null, null, null, null, ItemError.of(kind, why));
  }

  private static ParquetFileReader open(SeekableByteChannel file, long size) throws IOException {
    ParquetReadOptions options =
        ParquetReadOptions.builder(new PlainParquetConfiguration()).build();
    return ParquetFileReader.open(new ChannelFile(file, size), options);
  }

  /**
   * The columns that give a row's text, URL and licence, and the other top-level scalar columns
   * (numbers, booleans, strings; not raw bytes such as an image) kept as its metadata.
   */
  private record Roles(List<Column> texts, Column url, Column license, List<String> scalars) {
    static Roles of(MessageType schema, Columns.Preferred columns) {
      List<String> top = lowerNames(schema);
      int t = Columns.find(top, columns.text());
      List<Column> texts = new ArrayList<>();
      if (t >= 0 && holdsStrings(schema.getType(t))) {
        texts.add(new Column(List.of(schema.getType(t).getName())));
      } else {
        for (int i = 0; i < top.size(); i++) {
          if (DIALOGUE.contains(top.get(i)) && holdsStrings(schema.getType(i))) {
            texts.add(new Column(List.of(schema.getType(i).getName())));
          }
        }
      }
      Column url = find(schema, top, columns.url());
      Column license = find(schema, top, columns.license());
      if (texts.isEmpty() && url == null) {
        return null;
      }
      List<String> used = topNames(texts, url, license);
      List<String> scalars = new ArrayList<>();
      for (Type field : schema.getFields()) {
        if (scalars.size() < Columns.MAX_FIELDS
            && !used.contains(field.getName())
            && field.isPrimitive()
            && !field.isRepetition(Type.Repetition.REPEATED)
            && isScalar(field.asPrimitiveType())) {
          scalars.add(field.getName());
        }
      }
      return new Roles(texts, url, license, scalars);
    }

    /** A number, a boolean or a string: a value worth showing, never a blob. */
    private static boolean isScalar(PrimitiveType type) {
      return switch (type.getPrimitiveTypeName()) {
        case INT32, INT64, FLOAT, DOUBLE, BOOLEAN -> true;
        case BINARY -> isString(type);
        default -> false;
      };
    }

    /** The row's other scalar columns by name, in schema order; null values left out. */
    java.util.Map<String, String> fields(ParquetRowConverter.Row row) {
      if (scalars.isEmpty()) {
        return java.util.Map.of();
      }
      java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
      for (int i = 0; i < scalars.size(); i++) {
        Columns.field(out, scalars.get(i), row.scalars()[i]);
      }
      return out;
    }

    /** A converter that assembles of each row what these columns give. */
    ParquetRowConverter converter(MessageType projection) {
      List<String> textNames = texts.stream().map(c -> c.path.get(0)).toList();
      return new ParquetRowConverter(
          projection,
          textNames,
          url == null ? null : url.path,
          license == null ? null : license.path,
          scalars);
    }

    /** A column of {@code preferred} name at the top level, else in a {@code metadata} struct. */
    private static Column find(MessageType schema, List<String> top, List<String> preferred) {
      int i = Columns.find(top, preferred);
      if (i >= 0 && holdsStrings(schema.getType(i))) {
        return new Column(List.of(schema.getType(i).getName()));
      }
      for (String nest : Columns.NESTED) {
        int m = top.indexOf(nest);
        if (m >= 0 && !schema.getType(m).isPrimitive()) {
          GroupType meta = schema.getType(m).asGroupType();
          int j = Columns.find(lowerNames(meta), preferred);
          if (j >= 0 && holdsStrings(meta.getType(j))) {
            return new Column(List.of(meta.getName(), meta.getType(j).getName()));
          }
        }
      }
      return null;
    }

    /** The top-level fields the role columns sit in. */
    private static List<String> topNames(List<Column> texts, Column url, Column license) {
      List<String> names = new ArrayList<>();
      texts.forEach(c -> names.add(c.path.get(0)));
      for (Column c : new Column[] {url, license}) {
        if (c != null) {
          names.add(c.path.get(0));
        }
      }
      return names;
    }

    /** The schema cut to the top-level fields these columns read. */
    MessageType projection(MessageType schema) {
      List<String> read = topNames(texts, url, license);
      read.addAll(scalars);
      List<Type> fields = new ArrayList<>();
      for (Type t : schema.getFields()) {
        if (read.contains(t.getName())) {
          fields.add(t);
        }
      }
      return new MessageType(schema.getName(), fields);
    }

    String text(ParquetRowConverter.Row row) {
      if (texts.size() == 1) {
        return joined(row.texts().get(0));
      }
      StringBuilder sb = new StringBuilder();
      for (List<String> strings : row.texts()) {
        String s = joined(strings);
        if (!s.isEmpty()) {
          sb.append(sb.length() > 0 ? "\n" : "").append(s);
        }
      }
      return sb.toString();
    }

    /** A column's strings, one per line. */
    private static String joined(List<String> strings) {
      return strings.size() == 1 ? strings.get(0) : String.join("\n", strings);
    }
  }

  /** A column by its field names: one (a top-level field) or two (a field of a struct). */
  private record Column(List<String> path) {}

  /** True when a field is a string or holds strings (a list or struct of them). */
  private static boolean holdsStrings(Type type) {
    if (type.isPrimitive()) {
      return isString(type.asPrimitiveType());
    }
    for (Type t : type.asGroupType().getFields()) {
      if (holdsStrings(t)) {
        return true;
      }
    }
    return false;
  }

  /** Binary columns: strings (UTF-8, enum, JSON) and unannotated byte arrays read as UTF-8. */
  static boolean isString(PrimitiveType type) {
    return type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BINARY
        && (type.getLogicalTypeAnnotation() == null
            || type.getLogicalTypeAnnotation().toString().matches("STRING|ENUM|JSON"));
  }

  private static List<String> lowerNames(GroupType type) {
    List<String> names = new ArrayList<>();
    for (Type t : type.getFields()) {
      names.add(t.getName().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  /** A Parquet input over a channel the scan opened: an archive member's spool or a file. */
  private record ChannelFile(SeekableByteChannel channel, long size) implements InputFile {
    @Override
    public long getLength() {
      return size;
    }

    @Override
    public SeekableInputStream newStream() throws IOException {
      channel.position(0);
      InputStream in = Channels.newInputStream(channel);
      return new DelegatingSeekableInputStream(in) {
        @Override
        public long getPos() throws IOException {
          return channel.position();
        }

        @Override
        public void seek(long newPos) throws IOException {
          channel.position(newPos);
        }

        @Override
        public void close() {
          // the channel belongs to the caller, who closes it
        }
      };
    }
  }
}
