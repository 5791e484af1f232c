package io.provscan.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The one entry point: the rights a media file states about itself, as metadata entries ({@code
 * plus:DataMining}, {@code c2pa:<assertion>/<entry>}, {@code plus:error}, {@code c2pa:error}), read
 * by the container its first bytes name (JPEG, PNG, WebP, TIFF, GIF, ISO BMFF, PDF, a bare C2PA
 * manifest store). Stateless and thread-safe; never throws for bad content: what cannot be read
 * becomes an error entry.
 */
public final class EmbeddedRights {
  /** Bytes looked at to name the container: {@value}. */
  static final int MAGIC = 1024;

  private EmbeddedRights() {}

  /** The entries of a file; its sidecars ({@code .c2pa}, {@code .xmp}) are read too. */
  public static Map<String, List<String>> ofFile(Path file) {
    Found found = new Found();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      read(new Bytes(ch), () -> new RandomAccessReadBufferedFile(file.toFile()), found);
    } catch (IOException | RuntimeException e) {
      found.add(Found.C2PA_ERROR, "unreadable: " + e.getMessage());
    }
    sidecar(file, found);
    return found.entries();
  }

  /** The entries of bytes held in memory (a member of an archive). */
  public static Map<String, List<String>> ofBytes(byte[] bytes) {
    Found found = new Found();
    try (SeekableByteChannel ch = new SeekableInMemoryByteChannel(bytes)) {
      read(new Bytes(ch), () -> new RandomAccessReadBuffer(bytes), found);
    } catch (IOException | RuntimeException e) {
      found.add(Found.C2PA_ERROR, "unreadable: " + e.getMessage());
    }
    return found.entries();
  }

  /** True when the first bytes name a container read here (cheap: for a caller's prefilter). */
  public static boolean claims(byte[] head) {
    return container(head) != null;
  }

  private interface PdfSource {
    org.apache.pdfbox.io.RandomAccessRead open() throws IOException;
  }

  private static void read(Bytes in, PdfSource pdf, Found found) throws IOException {
    byte[] head = in.head(0, MAGIC);
    String kind = container(head);
    if (kind == null) {
      return;
    }
    try {
      switch (kind) {
        case "jpeg" -> Jpeg.read(in, found);
        case "png" -> Png.read(in, found);
        case "webp" -> Riff.read(in, found);
        case "tiff" -> Tiff.read(in, found);
        case "bmff" -> Bmff.read(in, found);
        case "c2pa" -> found.c2pa(in.read(0, in.size(), C2paStore.MAX_STORE), "C2PA manifest file");
        case "gif" -> gif(in, found);
        default -> Pdf.read(pdf.open(), found);
      }
    } catch (IOException | RuntimeException e) {
      String key = kind.equals("c2pa") ? Found.C2PA_ERROR : Found.XMP_ERROR;
      found.add(key, kind.toUpperCase(Locale.ROOT) + " structure not readable: " + e.getMessage());
    }
  }

  private static void gif(Bytes in, Found found) throws IOException {
    try (InputStream s = in.stream()) {
      Gif.read(s, found);
    }
  }

  static String container(byte[] h) {
    if (h.length >= 3 && (h[0] & 0xff) == 0xFF && (h[1] & 0xff) == 0xD8 && (h[2] & 0xff) == 0xFF) {
      return "jpeg";
    }
    String s = new String(h, StandardCharsets.ISO_8859_1);
    if (s.startsWith("\u0089PNG\r\n\u001a\n")) {
      return "png";
    }
    if (s.startsWith("RIFF") && s.startsWith("WEBP", 8)) {
      return "webp";
    }
    if (s.startsWith("II*\0") || s.startsWith("MM\0*")) {
      return "tiff";
    }
    if (s.startsWith("GIF87a") || s.startsWith("GIF89a")) {
      return "gif";
    }
    if (s.startsWith("ftyp", 4)) {
      return "bmff";
    }
    if (s.startsWith("jumb", 4)) {
      return "c2pa";
    }
    return s.contains("%PDF-") ? "pdf" : null;
  }

  /**
   * The entries of the sidecars next to a file alone: for a media file whose own bytes are not
   * walked (a type read nowhere here, or one larger than the scan's item limit).
   */
  public static Map<String, List<String>> ofSidecars(Path file) {
    Found found = new Found();
    sidecar(file, found);
    return found.entries();
  }

  /**
   * Sidecars next to an asset: a C2PA manifest store {@code photo.c2pa} next to {@code photo.jpg}
   * (C2PA 2.1 §A.7: same name, extension {@code .c2pa}), and an XMP sidecar, {@code photo.xmp}
   * (Adobe's convention) or {@code photo.jpg.xmp} (darktable's, digiKam's). A sidecar is not itself
   * an asset, so none is looked for next to a {@code .c2pa} or {@code .xmp} file.
   */
  private static void sidecar(Path file, Found found) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String lower = name.toLowerCase(Locale.ROOT);
    if (dot <= 0 || lower.endsWith(".c2pa") || lower.endsWith(".xmp")) {
      return;
    }
    String base = name.substring(0, dot);
    side(file.resolveSibling(base + ".c2pa"), C2paStore.MAX_STORE, found)
        .ifPresent(b -> found.c2pa(b, "sidecar " + base + ".c2pa"));
    for (String xmp : List.of(base + ".xmp", name + ".xmp")) {
      side(file.resolveSibling(xmp), Xmp.MAX_PACKET, found)
          .ifPresent(b -> found.xmp(b, "sidecar " + xmp));
    }
  }

  /** A sidecar's bytes, if it exists; one over {@code cap} bytes is an error entry. */
  private static Optional<byte[]> side(Path side, int cap, Found found) {
    if (!Files.isRegularFile(side)) {
      return Optional.empty();
    }
    String key = side.toString().endsWith(".c2pa") ? Found.C2PA_ERROR : Found.XMP_ERROR;
    try (FileChannel ch = FileChannel.open(side, StandardOpenOption.READ)) {
      Bytes in = new Bytes(ch);
      return Optional.of(in.read(0, in.size(), cap));
    } catch (IOException e) {
      found.add(key, "sidecar " + side.getFileName() + ": " + e.getMessage());
      return Optional.empty();
    }
  }
}
