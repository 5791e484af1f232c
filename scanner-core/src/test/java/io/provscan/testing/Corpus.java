package io.provscan.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes test corpora: text in any charset, archives of every kind, WARC files, PDF, DOCX. */
public final class Corpus {
  private Corpus() {}

  /** Writes text in a charset, creating folders. */
  public static Path text(Path file, String text, Charset charset) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    return Files.write(file, text.getBytes(charset));
  }

  /** Writes UTF-8 text. */
  public static Path text(Path file, String text) throws IOException {
    return text(file, text, StandardCharsets.UTF_8);
  }

  /** An ordered map of entry name to bytes, for archives. */
  public static Map<String, byte[]> entries(Object... nameThenContent) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (int i = 0; i < nameThenContent.length; i += 2) {
      Object c = nameThenContent[i + 1];
      m.put(
          (String) nameThenContent[i],
          c instanceof byte[] b ? b : c.toString().getBytes(StandardCharsets.UTF_8));
    }
    return m;
  }

  /** A zip file with the given entries. */
  public static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
    Files.write(file, zipBytes(entries));
    return file;
  }

  /** The bytes of a zip with the given entries. */
  public static byte[] zipBytes(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** A tar file, optionally gzip-compressed. */
  public static Path tar(Path file, Map<String, byte[]> entries, boolean gzip) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = gzip ? new GzipCompressorOutputStream(raw) : raw;
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
        entry.setSize(e.getValue().length);
        tar.putArchiveEntry(entry);
        tar.write(e.getValue());
        tar.closeArchiveEntry();
      }
    }
    return file;
  }

  /** A gzip file; {@code storedName} goes into the gzip header when not null. */
  public static Path gzip(Path file, byte[] content, String storedName) throws IOException {
    GzipParameters p = new GzipParameters();
    if (storedName != null) {
      p.setFileName(storedName);
    }
    try (OutputStream out = new GzipCompressorOutputStream(Files.newOutputStream(file), p)) {
      out.write(content);
    }
    return file;
  }

  /** A bzip2 file. */
  public static Path bzip2(Path file, byte[] content) throws IOException {
    try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(file))) {
      out.write(content);
    }
    return file;
  }

  /** An xz file. */
  public static Path xz(Path file, byte[] content) throws IOException {
    try (OutputStream out = new XZCompressorOutputStream(Files.newOutputStream(file))) {
      out.write(content);
    }
    return file;
  }

  /** A 7z archive. */
  public static Path sevenZ(Path file, Map<String, byte[]> entries) throws IOException {
    try (SevenZOutputFile seven = new SevenZOutputFile(file.toFile())) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        SevenZArchiveEntry entry = new SevenZArchiveEntry();
        entry.setName(e.getKey());
        entry.setSize(e.getValue().length);
        seven.putArchiveEntry(entry);
        seven.write(e.getValue());
        seven.closeArchiveEntry();
      }
    }
    return file;
  }

  /** One page of a WARC: a captured HTTP response. */
  public record Capture(String url, int status, Map<String, String> headers, String body) {}

  /** A WARC file of responses (gzip per record when the name ends in {@code .gz}). */
  public static Path warc(Path file, Capture... captures) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    WarcCompression compression =
        file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
    try (WarcWriter writer =
        new WarcWriter(
            Files.newByteChannel(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING),
            compression)) {
      for (Capture c : captures) {
        byte[] body = c.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder http = new StringBuilder("HTTP/1.1 " + c.status() + " OK\r\n");
        c.headers().forEach((k, v) -> http.append(k).append(": ").append(v).append("\r\n"));
        http.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        block.write(http.toString().getBytes(StandardCharsets.ISO_8859_1));
        block.write(body);
        writer.write(
            new WarcResponse.Builder(URI.create(c.url()))
                .date(Instant.parse("2026-01-02T03:04:05Z"))
                .body(MediaType.HTTP_RESPONSE, block.toByteArray())
                .build());
      }
    }
    return file;
  }

  /** Appends a resource record (no HTTP) to a new WARC. */
  public static Path warcResource(Path file, String url, String contentType, String body)
      throws IOException {
    try (WarcWriter writer = new WarcWriter(Files.newOutputStream(file))) {
      writer.write(
          new WarcResource.Builder(URI.create(url))
              .body(MediaType.parse(contentType), body.getBytes(StandardCharsets.UTF_8))
              .build());
    }
    return file;
  }

  /** A one-page PDF with the given text; encrypted with a user password when one is given. */
  public static Path pdf(Path file, String text, String userPassword) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(file.toFile());
    }
    return file;
  }

  /** A DOCX with one paragraph per line of text. */
  public static Path docx(Path file, String... paragraphs) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.write(out);
    }
    return file;
  }

  /** {@code n} bytes of zeros: compresses about 1000:1 with deflate. */
  public static byte[] zeros(int n) {
    return new byte[n];
  }
}
