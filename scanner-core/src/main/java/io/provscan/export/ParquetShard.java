package io.provscan.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * A Parquet shard, written with Apache Parquet's own writer ({@code parquet-hadoop}, already on the
 * class path for reading Parquet corpora; no Hadoop installation is needed): one optional UTF-8
 * string column per field of {@link ExportRecord}, {@code pii} as its JSON array.
 * Zstandard-compressed, version 2 data pages without dictionaries; the writer stamps no time, so
 * the same records give the same bytes.
 */
final class ParquetShard implements ShardOutput {
  static final MessageType SCHEMA = schema();

  private final Path file;
  private final ParquetWriter<Group> writer;
  private final SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);

  ParquetShard(Path file) throws IOException {
    this.file = file;
    PlainParquetConfiguration conf = new PlainParquetConfiguration();
    conf.set("parquet.example.schema", SCHEMA.toString());
    this.writer =
        ExampleParquetWriter.builder(new LocalOutputFile(file))
            .withConf(conf)
            .withType(SCHEMA)
            .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
            .withCompressionCodec(CompressionCodecName.ZSTD)
            // One value encoding per column: parquet-mr lists a chunk's encodings from a hash set
            // of
            // enums, whose order changes from run to run when there are several.
            .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_2_0)
            .withDictionaryEncoding(false)
            .build();
  }

  private static MessageType schema() {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (String field : ExportRecord.FIELDS) {
      b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(field);
    }
    return b.named("record");
  }

  @Override
  public void write(ExportRecord r, byte[] line) throws IOException {
    Group g = groups.newGroup();
    add(g, "text", r.text());
    add(g, "source", r.source());
    add(g, "path", r.path());
    add(g, "url", r.url());
    add(g, "sha256", r.sha256());
    add(g, "license", r.license());
    add(g, "licenseCategory", r.licenseCategory());
    add(g, "optOut", r.optOut());
    add(g, "verdict", r.verdict());
    add(g, "language", r.language());
    add(g, "pii", r.piiJson());
    writer.write(g);
  }

  private static void add(Group g, String field, String value) {
    if (value != null) {
      g.append(field, value);
    }
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  @Override
  public void abandon() {
    try {
      writer.close();
    } catch (IOException | RuntimeException e) {
      // the file is deleted next
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // removed when the export is run again
    }
  }
}
