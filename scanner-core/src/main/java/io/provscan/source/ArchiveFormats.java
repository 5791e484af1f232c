package io.provscan.source;

import io.provscan.internal.CountingInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Reads the members of each container format with Apache Commons Compress (zip, tar, 7z, gzip,
 * bzip2, xz) and jwarc (WARC), handing every member to its {@link Expansion}. Zip archives have
 * their own reader ({@link ZipMembers}).
 */
final class ArchiveFormats {
  /** Memory a 7z or xz decoder may take, in KiB: {@value}. Larger dictionaries are refused. */
  static final int DECODER_MEMORY_KIB = 256 * 1024;

  private final Expansion expansion;
  private final WarcRecords warc;
  private final ZipMembers zip;

  ArchiveFormats(Expansion expansion) {
    this.expansion = expansion;
    this.warc = new WarcRecords(expansion);
    this.zip = new ZipMembers(expansion);
  }

  /**
   * Reads one container. Returns the format to report it as (a gzip of a WARC is a WARC), or null
   * when a zip turns out to be a document (DOCX, ODT, EPUB) that belongs to the extractor.
   */
  ContainerFormat read(
      ItemContent content, String path, int depth, ContainerFormat format, ContainerOutcome outcome)
      throws IOException, InterruptedException {
    switch (format) {
      case ZIP -> {
        return zip.read(content, path, depth, outcome) ? format : null;
      }
      case TAR -> {
        try (InputStream raw = content.open()) {
          CountingInputStream counted = ContainerStreams.counted(raw);
          tar(expansion.guard(counted, counted::count), path, depth, outcome);
        }
      }
      case SEVEN_Z -> sevenZ(content, path, depth, outcome);
      case WARC -> warc.read(content, path, depth, outcome);
      default -> {
        return compressed(content, path, depth, format, outcome);
      }
    }
    return format;
  }

  private void tar(InputStream in, String path, int depth, ContainerOutcome outcome)
      throws IOException, InterruptedException {
    TarArchiveInputStream tin = new TarArchiveInputStream(in, "UTF-8");
    for (TarArchiveEntry e; (e = tin.getNextEntry()) != null; ) {
      if (e.isDirectory()) {
        continue;
      }
      String member = path + "!/" + ContainerStreams.memberName(e.getName());
      if (e.isSymbolicLink() || e.isLink()) {
        expansion.judged(member, path, depth, outcome, ErrorKind.SYMLINK, "link in archive");
      } else if (!e.isFile()) {
        expansion.judged(
            member, path, depth, outcome, ErrorKind.SPECIAL_FILE, "device or FIFO in archive");
      } else {
        expansion.member(member, path, depth + 1, tin, outcome, true, null);
      }
    }
  }

  private void sevenZ(ItemContent content, String path, int depth, ContainerOutcome outcome)
      throws IOException, InterruptedException {
    try (SevenZFile seven =
        SevenZFile.builder()
            .setSeekableByteChannel(content.openChannel())
            .setMaxMemoryLimitKiB(DECODER_MEMORY_KIB)
            .get()) {
      long size = Math.max(1, content.size());
      InputStream entryStream = new SevenZEntryStream(seven);
      for (SevenZArchiveEntry e; (e = seven.getNextEntry()) != null; ) {
        if (e.isDirectory()) {
          continue;
        }
        String member = path + "!/" + ContainerStreams.memberName(name(e));
        InputStream in = expansion.guard(entryStream, () -> size);
        expansion.member(member, path, depth + 1, in, outcome, true, null);
      }
    } catch (org.apache.commons.compress.PasswordRequiredException e) {
      throw new LimitException(ErrorKind.ENCRYPTED, "encrypted 7z archive");
    }
  }

  private ContainerFormat compressed(
      ItemContent content, String path, int depth, ContainerFormat format, ContainerOutcome outcome)
      throws IOException, InterruptedException {
    try (InputStream raw = content.open()) {
      CountingInputStream counted = ContainerStreams.counted(raw);
      InputStream decoded = decoder(format, counted);
      BufferedInputStream in =
          new BufferedInputStream(expansion.guard(decoded, counted::count), 64 * 1024);
      ContainerFormat inner = ContainerStreams.sniff(in);
      if (inner == ContainerFormat.TAR) {
        tar(in, path, depth, outcome);
      } else if (inner == ContainerFormat.WARC) {
        warc.read(format == ContainerFormat.GZIP ? content : null, in, path, depth, outcome);
        return ContainerFormat.WARC;
      } else {
        String name = innerName(path, decoded);
        expansion.member(path + "!/" + name, path, depth + 1, in, outcome, true, null);
      }
    }
    return format;
  }

  private static InputStream decoder(ContainerFormat format, InputStream in) throws IOException {
    return switch (format) {
      case GZIP ->
          GzipCompressorInputStream.builder()
              .setInputStream(in)
              .setDecompressConcatenated(true)
              .get();
      case BZIP2 -> new BZip2CompressorInputStream(in, true);
      case XZ ->
          XZCompressorInputStream.builder()
              .setInputStream(in)
              .setDecompressConcatenated(true)
              .setMemoryLimitKiB(DECODER_MEMORY_KIB)
              .get();
      default -> throw new IllegalStateException("not a compressor: " + format);
    };
  }

  /** The name of the single member of a compressed file: gzip's stored name, else the stem. */
  static String innerName(String path, InputStream decoded) {
    if (decoded instanceof GzipCompressorInputStream gz) {
      String stored = gz.getMetaData().getFileName();
      if (stored != null && !stored.isBlank()) {
        return ContainerStreams.memberName(
            stored.substring(stored.replace('\\', '/').lastIndexOf('/') + 1));
      }
    }
    String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('!')) + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    for (String[] s : new String[][] {{".tgz", ".tar"}, {".tbz2", ".tar"}, {".txz", ".tar"}}) {
      if (lower.endsWith(s[0])) {
        return name.substring(0, name.length() - s[0].length()) + s[1];
      }
    }
    for (String suffix : new String[] {".gz", ".gzip", ".bz2", ".bzip2", ".xz", ".z"}) {
      if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  private static String name(ArchiveEntry e) {
    return e.getName() == null ? "(unnamed)" : e.getName();
  }

  /** The current 7z entry as a stream; 7z reads entries in order from the archive object. */
  private static final class SevenZEntryStream extends InputStream {
    private final SevenZFile seven;

    SevenZEntryStream(SevenZFile seven) {
      this.seven = seven;
    }

    @Override
    public int read() throws IOException {
      return seven.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return seven.read(b, off, len);
    }
  }
}
