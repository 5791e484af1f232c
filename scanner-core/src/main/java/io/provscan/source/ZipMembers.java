package io.provscan.source;

import io.provscan.internal.CountingInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Reads the members of a zip archive: from its central directory when it has one, else (a cut
 * download) from the local headers, as far as they go. A zip that is really a document (OOXML, ODF,
 * EPUB) is left to the extractor.
 */
final class ZipMembers {
  private final Expansion expansion;

  ZipMembers(Expansion expansion) {
    this.expansion = expansion;
  }

  /** Reads the members; false when the zip is a document, not an archive. */
  boolean read(ItemContent content, String path, int depth, ContainerOutcome outcome)
      throws IOException, InterruptedException {
    ZipFile zip;
    try {
      zip = ZipFile.builder().setSeekableByteChannel(content.openChannel()).get();
    } catch (IOException e) {
      // No readable central directory (a cut download): recover what the local headers give.
      outcome.fail(ErrorKind.TRUNCATED, "zip central directory unreadable: " + e.getMessage());
      zipStream(content, path, depth, outcome);
      return true;
    }
    try (zip) {
      if (zip.getEntry("[Content_Types].xml") != null || zip.getEntry("mimetype") != null) {
        return false; // OOXML, ODF and EPUB documents: the extractor reads them whole.
      }
      for (Enumeration<ZipArchiveEntry> en = zip.getEntriesInPhysicalOrder();
          en.hasMoreElements(); ) {
        zipEntry(zip, en.nextElement(), path, depth, outcome);
      }
    }
    return true;
  }

  private void zipEntry(
      ZipFile zip, ZipArchiveEntry entry, String path, int depth, ContainerOutcome outcome)
      throws IOException, InterruptedException {
    if (entry.isDirectory()) {
      return;
    }
    String member = path + "!/" + ContainerStreams.memberName(entry.getName());
    if (entry.isUnixSymlink()) {
      expansion.judged(member, path, depth, outcome, ErrorKind.SYMLINK, "symbolic link in archive");
      return;
    }
    if (!zip.canReadEntryData(entry)) {
      boolean encrypted = entry.getGeneralPurposeBit().usesEncryption();
      expansion.judged(
          member,
          path,
          depth,
          outcome,
          encrypted ? ErrorKind.ENCRYPTED : ErrorKind.UNSUPPORTED,
          encrypted
              ? "encrypted zip entry"
              : "zip compression method " + entry.getMethod() + " is not supported");
      return;
    }
    long compressed = Math.max(1, entry.getCompressedSize());
    try (InputStream in = expansion.guard(zip.getInputStream(entry), () -> compressed)) {
      expansion.member(member, path, depth + 1, in, outcome, false, null);
    }
  }

  private void zipStream(ItemContent content, String path, int depth, ContainerOutcome outcome)
      throws IOException, InterruptedException {
    try (InputStream raw = content.open()) {
      CountingInputStream counted = ContainerStreams.counted(raw);
      ZipArchiveInputStream zin =
          new ZipArchiveInputStream(expansion.guard(counted, counted::count));
      for (ZipArchiveEntry e; (e = zin.getNextEntry()) != null; ) {
        if (!e.isDirectory() && zin.canReadEntryData(e)) {
          String member = path + "!/" + ContainerStreams.memberName(e.getName());
          expansion.member(member, path, depth + 1, zin, outcome, true, null);
        }
      }
    }
  }
}
