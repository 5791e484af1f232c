package io.provscan.source;

import io.provscan.internal.CountingInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.SeekableByteChannel;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Expands the files a {@link RecordFormat} claims: every record becomes an item {@code file#n} (its
 * text as content, its URL and row), then the file itself a container. Plain and gzip-compressed
 * files are read as a stream, so a shard of millions of rows never sits in memory; a gzip file is
 * guarded like any archive (compression ratio, byte budget). Records are not archive members: like
 * WARC records they do not count against {@code --max-archive-entries}. A record is held in memory,
 * so it may be as long as the in-memory limit for archive members (8 MiB by default).
 */
final class RecordFiles {
  /** Decompressed bytes a format is shown to decide whether it claims a file: {@value}. */
  static final int HEAD_BYTES = 64 * 1024;

  private final Expansion expansion;
  private final RecordFormat format;

  RecordFiles(Expansion expansion, RecordFormat format) {
    this.expansion = expansion;
    this.format = format;
  }

  boolean expand(
      ItemContent content, String path, String parent, int depth, ContainerFormat container)
      throws InterruptedException {
    if (format == null
        || (container != ContainerFormat.NONE && container != ContainerFormat.GZIP)) {
      return false;
    }
    String name = name(path);
    if (format.seekable(name)) {
      return container == ContainerFormat.NONE
          && expandSeekable(content, name, path, parent, depth);
    }
    boolean gzip = container == ContainerFormat.GZIP;
    if (!format.claimsName(name) || !claims(content, name, gzip)) {
      return false;
    }
    ContainerOutcome outcome = new ContainerOutcome();
    String hashed = null;
    try (HashingInputStream raw = new HashingInputStream(content.open())) {
      CountingInputStream counted = ContainerStreams.counted(raw);
      InputStream in = gzip ? guarded(counted) : counted;
      int maxRecord = expansion.limits().inMemoryLimit();
      format.read(name, in, maxRecord, r -> emit(r, path, depth, outcome));
      hashed = hashOfAll(counted, raw);
    } catch (IOException | RuntimeException e) {
      outcome.failOn(e);
    }
    // Hashed in the same read: a second pass over the shard would run alone at the scan's end.
    String mediaType = format.mediaType(name);
    expansion.emitContainer(content, path, parent, depth, mediaType, outcome, hashed);
    return true;
  }

  /** A file read by random access (Parquet): claimed by its footer, hashed in a pass of its own. */
  private boolean expandSeekable(
      ItemContent content, String name, String path, String parent, int depth)
      throws InterruptedException {
    if (!format.claimsName(name)) {
      return false;
    }
    try (SeekableByteChannel file = content.openChannel()) {
      if (!format.claims(name, file, content.size())) {
        return false;
      }
    } catch (IOException | RuntimeException e) {
      return false; // not a readable file of the format: scanned as a document, which reports it
    }
    ContainerOutcome outcome = new ContainerOutcome();
    try (SeekableByteChannel file = content.openChannel()) {
      int maxRecord = expansion.limits().inMemoryLimit();
      format.read(name, file, content.size(), maxRecord, r -> emit(r, path, depth, outcome));
    } catch (IOException | RuntimeException e) {
      outcome.failOn(e);
    }
    expansion.emitContainer(content, path, parent, depth, format.mediaType(name), outcome, null);
    return true;
  }

  private boolean claims(ItemContent content, String name, boolean gzip) {
    try (InputStream raw = content.open();
        InputStream in =
            gzip ? GzipCompressorInputStream.builder().setInputStream(raw).get() : raw) {
      byte[] head = new byte[HEAD_BYTES];
      int n = in.readNBytes(head, 0, head.length);
      return format.claims(name, head, n);
    } catch (IOException | RuntimeException e) {
      return false; // an unreadable head: the file is scanned as a document, which reports it
    }
  }

  /**
   * The file's SHA-256 once its records are read, reading the bytes past the last one (a gzip
   * trailer) too; null when the reader closed the stream (CSV does), and the file is hashed again.
   */
  private static String hashOfAll(InputStream counted, HashingInputStream raw) {
    try {
      counted.transferTo(OutputStream.nullOutputStream());
      return raw.sha256();
    } catch (IOException e) {
      return null;
    }
  }

  private InputStream guarded(CountingInputStream counted) throws IOException {
    InputStream decoded =
        GzipCompressorInputStream.builder()
            .setInputStream(counted)
            .setDecompressConcatenated(true)
            .get();
    return expansion.guard(decoded, counted::count);
  }

  private void emit(RecordFormat.Record r, String path, int depth, ContainerOutcome outcome)
      throws InterruptedException {
    outcome.members++;
    expansion.sink().accept(Item.ofRecord(expansion.root(), path, depth, r));
  }

  /** The last segment of a path, inside archives too. */
  static String name(String path) {
    int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('!'));
    return path.substring(cut + 1);
  }
}
