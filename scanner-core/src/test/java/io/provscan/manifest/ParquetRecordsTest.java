package io.provscan.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.source.ErrorKind;
import io.provscan.source.Item;
import io.provscan.source.ItemStatus;
import io.provscan.source.RecordColumns;
import io.provscan.source.SourceLimits;
import io.provscan.source.SourceWalker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Parquet shards as record files, written here with Parquet's own writer. */
class ParquetRecordsTest {
  @TempDir Path dir;
  @TempDir Path temp;

  static final MessageType WEB =
      MessageTypeParser.parseMessageType(
          "message web { optional binary text (STRING); optional binary id (STRING);"
              + " optional binary url (STRING); optional binary license (STRING);"
              + " optional int64 token_count; }");

  List<Item> walk() throws InterruptedException {
    return walk(RecordColumns.BUILT_IN);
  }

  List<Item> walk(RecordColumns columns) throws InterruptedException {
    SourceLimits limits = Finders.limits(8 << 20, temp);
    List<Item> items = new ArrayList<>();
    new SourceWalker(limits, new UrlLists(LicenseNormalizer.builtIn(), columns))
        .walk(List.of(dir), items::add);
    return items;
  }

  static Path write(
      Path file,
      MessageType schema,
      CompressionCodecName codec,
      int rows,
      long rowGroupBytes,
      BiConsumer<Integer, Group> fill)
      throws IOException {
    Files.createDirectories(file.getParent());
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    try (ParquetWriter<Group> writer =
        ExampleParquetWriter.builder(new LocalOutputFile(file))
            .withConf(new PlainParquetConfiguration())
            .withType(schema)
            .withCompressionCodec(codec)
            .withRowGroupSize(rowGroupBytes)
            .withPageSize(1024)
            .build()) {
      for (int i = 0; i < rows; i++) {
        Group g = groups.newGroup();
        fill.accept(i, g);
        writer.write(g);
      }
    }
    return file;
  }

  static void web(int i, Group g) {
    g.add("text", "Row " + i + " of a web page, written by someone.");
    g.add("id", "<urn:uuid:" + i + ">");
    g.add("url", "https://site" + (i % 3) + ".example/page/" + i);
    if (i % 2 == 0) {
      g.add("license", "cc-by-4.0");
    }
    g.add("token_count", (long) i * 10);
  }

  static String text(Item item) throws IOException {
    try (InputStream in = item.content().open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = CompressionCodecName.class,
      names = {"UNCOMPRESSED", "SNAPPY", "GZIP", "ZSTD"})
  void everyRowOfAShardIsAnItemWithItsTextUrlAndLicenceInEveryCodec(CompressionCodecName codec)
      throws Exception {
    write(
        dir.resolve("train-00000-of-00001.parquet"),
        WEB,
        codec,
        5,
        1 << 20,
        ParquetRecordsTest::web);
    List<Item> items = walk();
    String f = "train-00000-of-00001.parquet";
    assertEquals(
        List.of(f + "#1", f + "#2", f + "#3", f + "#4", f + "#5", f),
        items.stream().map(Item::path).toList());
    Item first = items.get(0);
    assertEquals("Row 0 of a web page, written by someone.", text(first));
    assertEquals("https://site0.example/page/0", first.url());
    assertEquals("CC-BY-4.0", first.row().license());
    assertEquals(1, first.row().number());
    assertEquals(
        List.of("id=<urn:uuid:0>", "token_count=0"),
        first.row().fields().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList(),
        "the other scalar columns, in schema order");
    assertNull(items.get(1).row().license());
    Item shard = items.get(5);
    assertEquals(5, shard.preset().members());
    assertEquals("application/vnd.apache.parquet", shard.preset().mediaType());
    assertEquals(ItemStatus.OK, shard.preset().status());
  }

  @Test
  void rowsAreNumberedAcrossRowGroupsAndOnlyTheNeededColumnsAreRead() throws Exception {
    write(
        dir.resolve("big.parquet"),
        WEB,
        CompressionCodecName.SNAPPY,
        3000,
        4096,
        ParquetRecordsTest::web);
    List<Item> items = walk();
    assertEquals(3001, items.size());
    for (int i = 0; i < 3000; i++) {
      assertEquals("big.parquet#" + (i + 1), items.get(i).path());
      assertEquals(i + 1, items.get(i).row().number());
      assertEquals("https://site" + (i % 3) + ".example/page/" + i, items.get(i).url());
    }
    assertEquals(3000, items.get(3000).preset().members());
  }

  @Test
  void aDolmaStyleMetadataStructGivesUrlAndLicence() throws Exception {
    MessageType dolma =
        MessageTypeParser.parseMessageType(
            "message dolma { required binary id (STRING); required binary text (STRING);"
                + " optional group metadata { optional binary url (STRING);"
                + " optional binary license (STRING); optional int32 length; } }");
    write(
        dir.resolve("dolma.parquet"),
        dolma,
        CompressionCodecName.ZSTD,
        2,
        1 << 20,
        (i, g) -> {
          g.add("id", "doc" + i);
          g.add("text", "Document " + i);
          Group meta = g.addGroup("metadata");
          meta.add("url", "https://dolma.example/" + i);
          meta.add("license", "MIT");
          meta.add("length", 10);
        });
    List<Item> items = walk();
    assertEquals("https://dolma.example/1", items.get(1).url());
    assertEquals("MIT", items.get(1).row().license());
    assertEquals("Document 1", text(items.get(1)));
  }

  @Test
  void aChatDatasetWithoutATextColumnGivesItsMessagesOnePerLine() throws Exception {
    MessageType chat =
        MessageTypeParser.parseMessageType(
            "message chat { optional binary prompt (STRING);"
                + " optional group messages (LIST) { repeated group list {"
                + " optional group element { optional binary role (STRING);"
                + " optional binary content (STRING); } } } optional double score; }");
    write(
        dir.resolve("sft.parquet"),
        chat,
        CompressionCodecName.GZIP,
        1,
        1 << 20,
        (i, g) -> {
          g.add("prompt", "Write to me");
          Group list = g.addGroup("messages");
          for (String[] m :
              new String[][] {{"user", "My e-mail is x@y.example"}, {"assistant", "Noted."}}) {
            Group element = list.addGroup("list").addGroup("element");
            element.add("role", m[0]);
            element.add("content", m[1]);
          }
          g.add("score", 0.5);
        });
    List<Item> items = walk();
    assertEquals(List.of("sft.parquet#1", "sft.parquet"), items.stream().map(Item::path).toList());
    assertEquals(
        "Write to me\nuser\nMy e-mail is x@y.example\nassistant\nNoted.", text(items.get(0)));
    assertNull(items.get(0).url());
  }

  @Test
  void aShardWithNeitherTextNorUrlIsScannedAsAFile() throws Exception {
    MessageType numbers =
        MessageTypeParser.parseMessageType("message m { required int64 a; required double b; }");
    write(
        dir.resolve("features.parquet"),
        numbers,
        CompressionCodecName.SNAPPY,
        3,
        1 << 20,
        (i, g) -> {
          g.add("a", (long) i);
          g.add("b", i * 0.5);
        });
    List<Item> items = walk();
    assertEquals(List.of("features.parquet"), items.stream().map(Item::path).toList());
    assertNull(items.get(0).row());
  }

  @Test
  void aDamagedRowGroupIsOneFailedRecordAndTheOthersStand() throws Exception {
    Path file =
        write(
            dir.resolve("damaged.parquet"),
            WEB,
            CompressionCodecName.SNAPPY,
            2000,
            4096,
            ParquetRecordsTest::web);
    byte[] bytes = Files.readAllBytes(file);
    // Overwrite bytes in the middle of the data pages (the footer at the end stays readable).
    for (int i = bytes.length / 3; i < bytes.length / 3 + 200; i++) {
      bytes[i] = (byte) 0xA5;
    }
    Files.write(file, bytes);
    List<Item> items = walk();
    long failed =
        items.stream()
            .filter(i -> i.preset() != null && i.preset().error() != null)
            .filter(i -> i.preset().error().kind() == ErrorKind.PARSE_ERROR)
            .count();
    assertTrue(failed >= 1, "a damaged row group is reported");
    Item shard = items.get(items.size() - 1);
    assertEquals("damaged.parquet", shard.path());
    assertTrue(items.size() > 100, "the undamaged row groups are read: " + items.size());
    assertTrue(items.size() < 2001, "the damaged rows are one failure each group: " + items.size());
  }

  @Test
  void aTruncatedShardIsScannedAsAFileAndAShardInAZipIsReadToo() throws Exception {
    Path whole =
        write(
            temp.resolve("w.parquet"),
            WEB,
            CompressionCodecName.SNAPPY,
            3,
            1 << 20,
            ParquetRecordsTest::web);
    byte[] bytes = Files.readAllBytes(whole);
    Files.write(dir.resolve("cut.parquet"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("data/train.parquet"));
      z.write(bytes);
      z.closeEntry();
    }
    Files.write(dir.resolve("dataset.zip"), zip.toByteArray());
    List<Item> items = walk();
    List<String> paths = items.stream().map(Item::path).toList();
    assertTrue(paths.contains("cut.parquet"), paths.toString());
    assertTrue(paths.stream().noneMatch(p -> p.startsWith("cut.parquet#")), paths.toString());
    Item member = UrlListsTest.find(items, "dataset.zip!/data/train.parquet#3");
    assertEquals("https://site2.example/page/2", member.url());
  }

  @Test
  void namedColumnsReadAnOddSchema() throws Exception {
    MessageType odd =
        MessageTypeParser.parseMessageType(
            "message odd { optional binary passage (STRING); optional binary Source_Page (STRING);"
                + " optional binary usage_terms (STRING); }");
    write(
        dir.resolve("odd.parquet"),
        odd,
        CompressionCodecName.SNAPPY,
        2,
        1 << 20,
        (i, g) -> {
          g.add("passage", "Passage " + i);
          g.add("Source_Page", "https://odd.example/" + i);
          g.add("usage_terms", "apache-2.0");
        });
    assertEquals(List.of("odd.parquet"), walk().stream().map(Item::path).toList());
    List<Item> items = walk(new RecordColumns("source_page", "PASSAGE", "usage_terms"));
    assertEquals(3, items.size());
    assertEquals("https://odd.example/1", items.get(1).url());
    assertEquals("Passage 1", text(items.get(1)));
    assertEquals("Apache-2.0", items.get(1).row().license());
  }
}
