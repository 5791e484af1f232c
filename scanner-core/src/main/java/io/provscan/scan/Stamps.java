package io.provscan.scan;

import io.provscan.internal.AtomicFiles;
import io.provscan.internal.ItemKey;
import io.provscan.record.ItemRecord;
import io.provscan.record.RecordSink;
import io.provscan.source.ErrorKind;
import io.provscan.source.SourceWalker;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The size, modification time and SHA-256 of every top-level file a scan read, in {@value #FILE}:
 * what the next scan of the same roots compares to tell unchanged files (whose records it reuses)
 * from changed ones. One line per file: key (hex), size, modification time (ns), SHA-256; a
 * symbolic link that was not followed has {@code -1 -1 link}.
 *
 * <p>A file is stamped when its record is finished, so it may have changed between its read and its
 * stamp. Like git's "racy" index entries, a file modified after {@link #RACY} before the scan
 * started gets no time (-1): the next scan compares its content hash instead.
 */
final class Stamps implements RecordSink {
  /** The stamps of the last finished scan, in the output folder. */
  static final String FILE = ".provscan-stamps";

  /**
   * How far before a scan's start a modification time counts as ambiguous: 2 s, the coarsest
   * granularity of common file systems (FAT; ext3 and HFS+ have 1 s).
   */
  static final Duration RACY = Duration.ofSeconds(2);

  /** The hash field of a symbolic link's stamp (size {@link SourceWalker#LINK}). */
  static final String LINK = "link";

  /**
   * One file's stamp; {@code mtime} -1 when its content hash must decide; size {@link
   * SourceWalker#LINK} for a symbolic link that was not followed.
   */
  record Stamp(long size, long mtime, String sha256) {}

  private final Path file;
  private final Path tmp;
  private final BufferedWriter out;
  private final long racyFrom;

  /** Stamps the files of a scan started at {@code started}, into {@code out}'s stamp file. */
  Stamps(Path outDir, Instant started) throws IOException {
    this.file = outDir.resolve(FILE);
    this.tmp = outDir.resolve(FILE + ".tmp");
    this.out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
    this.racyFrom = TimeUnit.MILLISECONDS.toNanos(started.minus(RACY).toEpochMilli());
  }

  @Override
  public void accept(ItemRecord r, String text) throws IOException {
    if (isLink(r)) {
      write(r, SourceWalker.LINK, -1, LINK);
      return;
    }
    if (r.parent() != null || r.sha256() == null || r.root() == null || r.size() == null) {
      return; // only top-level files whose bytes were read, and links not followed
    }
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(Path.of(r.root()).resolve(r.path()), BasicFileAttributes.class);
    } catch (IOException e) {
      return; // gone already: the next scan finds no stamp and reads it again
    }
    if (!a.isRegularFile()) {
      return;
    }
    long mtime = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    if (mtime >= racyFrom || a.size() != r.size()) {
      mtime = -1;
    }
    write(r, r.size(), mtime, r.sha256());
  }

  /** A top-level symbolic link that was not followed, and still is one. */
  private static boolean isLink(ItemRecord r) {
    return r.parent() == null
        && r.root() != null
        && r.error() != null
        && r.error().kind() == ErrorKind.SYMLINK
        && Files.isSymbolicLink(Path.of(r.root()).resolve(r.path()));
  }

  private void write(ItemRecord r, long size, long mtime, String sha256) throws IOException {
    String line =
        ItemKey.text(ItemKey.of(r.root(), r.path()))
            + ' '
            + size
            + ' '
            + mtime
            + ' '
            + sha256
            + '\n';
    synchronized (out) {
      out.write(line);
    }
  }

  @Override
  public void close() throws IOException {
    synchronized (out) {
      out.close();
    }
  }

  /** Puts the stamps written in place of the previous ones; call once the scan is finished. */
  void commit() throws IOException {
    close();
    AtomicFiles.replace(tmp, file);
  }

  /** Reads a stamp file into a map by item key; a line that does not parse is left out. */
  static Map<Long, Stamp> read(Path file) throws IOException {
    Map<Long, Stamp> stamps = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        String[] f = line.split(" ");
        if (f.length == 4) {
          try {
            long key = Long.parseUnsignedLong(f[0], 16);
            stamps.put(key, new Stamp(Long.parseLong(f[1]), Long.parseLong(f[2]), f[3]));
          } catch (NumberFormatException e) {
            // a damaged line costs that file a rescan
          }
        }
      }
    }
    return stamps;
  }
}
