package io.provscan.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The bytes of one item: a file on disk, a buffer, or a temporary spool file for a large archive
 * member. Reopenable any number of times until {@link #release()}.
 */
public interface ItemContent {
  /** Size in bytes. */
  long size();

  /** Opens a new stream over the bytes. */
  InputStream open() throws IOException;

  /** Opens a new seekable channel over the bytes (for formats read by random access). */
  SeekableByteChannel openChannel() throws IOException;

  /** The file holding exactly these bytes, when there is one (lets parsers seek). */
  Optional<Path> file();

  /** The SHA-256 when it was computed while the bytes were copied, else empty. */
  Optional<String> knownSha256();

  /** Frees temporary storage; idempotent. */
  void release();
}
