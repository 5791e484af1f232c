package io.provscan.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.internal.Hashing;
import io.provscan.source.Contents;
import io.provscan.source.ErrorKind;
import io.provscan.source.Item;
import io.provscan.testing.Corpus;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TikaExtractorTest {
  static final ExtractionLimits LIMITS =
      new ExtractionLimits(10_000_000, 256L << 20, Duration.ofSeconds(30), 10, 1000, 100);
  static TikaExtractor extractor;

  @TempDir Path dir;

  @BeforeAll
  static void loadTika() {
    extractor = new TikaExtractor(LIMITS);
  }

  Extracted extract(Path file) throws IOException {
    Item item =
        Item.of(
            dir.toString(),
            dir.relativize(file).toString(),
            null,
            0,
            Contents.file(file, Files.size(file)));
    return extractor.extract(item, Deadline.in(LIMITS.timeout()));
  }

  static final String ZH = "本项目采用 Apache 2.0 许可证发布，欢迎大家使用和贡献代码。数据来源合法，尊重知识产权。";
  static final String ZH_HANT = "中華民國的首都是台北市，這是一段繁體中文的測試文字，資料來源合法。";
  static final String JA = "これは日本語の文章です。東京は日本の首都です。データの出所を確認します。";

  @ParameterizedTest(name = "{0}")
  @CsvSource({"GBK, zh", "GB18030, zh", "Big5, zh-hant", "Shift_JIS, ja", "UTF-8, zh"})
  void decodesEastAsianCharsetsRight(String charset, String which) throws IOException {
    String text = which.equals("ja") ? JA : which.equals("zh-hant") ? ZH_HANT : ZH;
    Path file = Corpus.text(dir.resolve("doc.txt"), text + "\n", Charset.forName(charset));
    Extracted ex = extract(file);
    assertNull(ex.error());
    assertEquals(text, ex.text().strip());
    assertEquals(which.equals("ja") ? "ja" : "zh", ex.language());
    assertNotNull(ex.charset());
  }

  @Test
  void keepsProvenanceMetadataOfHtml() throws IOException {
    Path file =
        Corpus.text(
            dir.resolve("page.html"),
            "<html><head><title>Rights page</title>"
                + "<meta name=\"robots\" content=\"noai, noimageai\">"
                + "<meta name=\"tdm-reservation\" content=\"1\">"
                + "<meta name=\"dc.rights\" content=\"CC BY-NC 4.0\"></head>"
                + "<body><p>The quick brown fox jumps over the lazy dog, and that is all there"
                + " is to say about it for the moment, with thanks to all of you.</p></body></html>");
    Extracted ex = extract(file);
    assertEquals("text/html", ex.mediaType());
    assertEquals("noai, noimageai", ex.first("robots"));
    assertEquals("1", ex.first("tdm-reservation"));
    assertEquals("Rights page", ex.first("dc:title"));
    assertTrue(ex.text().contains("quick brown fox"));
    assertEquals("en", ex.language());
    assertTrue(ProvenanceMetadata.select(ex.metadata()).containsKey("robots"));
  }

  @Test
  void extractsPdfAndDocx() throws IOException {
    Extracted pdf =
        extract(Corpus.pdf(dir.resolve("a.pdf"), "Licensed under the MIT License", null));
    assertEquals("application/pdf", pdf.mediaType());
    assertTrue(pdf.text().contains("Licensed under the MIT License"), pdf.text());
    Extracted docx = extract(Corpus.docx(dir.resolve("b.docx"), "Released under CC BY 4.0."));
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        docx.mediaType());
    assertTrue(docx.text().contains("Released under CC BY 4.0."));
  }

  @Test
  void reportsAnEncryptedPdfAsEncrypted() throws IOException {
    Extracted ex = extract(Corpus.pdf(dir.resolve("locked.pdf"), "secret", "user-password"));
    assertEquals(ErrorKind.ENCRYPTED, ex.error().kind());
    assertNotNull(ex.sha256());
  }

  @Test
  void reportsATruncatedPdfAsAParseError() throws IOException {
    Path pdf = Corpus.pdf(dir.resolve("cut.pdf"), "Some text on a page", null);
    byte[] bytes = Files.readAllBytes(pdf);
    Files.write(pdf, Arrays.copyOf(bytes, bytes.length / 3));
    Extracted ex = extract(pdf);
    assertNotNull(ex.error(), "a third of a PDF must not pass as fine");
    assertEquals(ErrorKind.PARSE_ERROR, ex.error().kind());
    assertEquals("application/pdf", ex.mediaType());
  }

  @Test
  void acceptsAnEmptyFile() throws IOException {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Extracted ex = extract(empty);
    assertNull(ex.error());
    assertEquals("", ex.text());
    assertEquals(0, ex.size());
    assertEquals(Hashing.sha256Hex(new byte[0], 0), ex.sha256());
  }

  @Test
  void doesNotDecodeBinaryDataUnderATextName() throws IOException {
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    Extracted ex = extract(Files.write(dir.resolve("noise.txt"), noise));
    assertNull(ex.error());
    assertEquals("application/octet-stream", ex.mediaType());
    assertEquals("", ex.text());
    assertTrue(ex.warnings().get(0).contains("binary"));
  }

  @Test
  void decodesInvalidUtf8WithoutFailing() throws IOException {
    byte[] bytes = "valid start \u00e9 ".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xE2, 0x28, (byte) 0xA1};
    byte[] all = new byte[bytes.length + bad.length + 10];
    System.arraycopy(bytes, 0, all, 0, bytes.length);
    System.arraycopy(bad, 0, all, bytes.length, bad.length);
    Arrays.fill(all, bytes.length + bad.length, all.length, (byte) 'x');
    Extracted ex = extract(Files.write(dir.resolve("bad-utf8.txt"), all));
    assertNull(ex.error());
    assertTrue(ex.text().contains("valid start"));
  }

  @Test
  void cutsAHugeSingleLineAtTheTextLimit() throws IOException {
    Path file = dir.resolve("line.txt");
    byte[] line = new byte[50 << 20];
    Arrays.fill(line, (byte) 'a');
    for (int i = 100; i < line.length; i += 100) {
      line[i] = ' ';
    }
    Files.write(file, line);
    Extracted ex = extract(file);
    assertNull(ex.error());
    assertTrue(ex.truncated());
    assertEquals(LIMITS.maxChars(), ex.text().length());
    assertEquals(50L << 20, ex.size());
  }

  @Test
  void hashesButDoesNotExtractItemsOverTheSizeLimit() throws IOException {
    ExtractionLimits small = new ExtractionLimits(1000, 100, Duration.ofSeconds(5), 10, 1000, 100);
    Path file = Corpus.text(dir.resolve("big.txt"), "x".repeat(500));
    Item item = Item.of(dir.toString(), "big.txt", null, 0, Contents.file(file, 500));
    Extracted ex = new TikaExtractor(small).extract(item, Deadline.in(small.timeout()));
    assertEquals(ErrorKind.TOO_LARGE, ex.error().kind());
    assertEquals(500, ex.size());
    assertNotNull(ex.sha256());
  }

  @Test
  void reportsAFileThatVanishedAsUnreadable() throws IOException {
    Path gone = dir.resolve("gone.txt");
    Item item = Item.of(dir.toString(), "gone.txt", null, 0, Contents.file(gone, 10));
    Extracted ex = extractor.extract(item, Deadline.in(LIMITS.timeout()));
    assertEquals(ErrorKind.UNREADABLE, ex.error().kind());
    assertFalse(ex.truncated());
  }
}
