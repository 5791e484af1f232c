package io.provscan.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * One input of a {@link RecordScanner}: a whole file, a run of whole lines of a JSONL corpus, or
 * the record of a JSONL corpus itself once its lines went elsewhere. Paths are named as the CLI
 * names them: relative to the scan root, with {@code /} separators.
 */
public sealed interface ScanInput {
  /** The scan root the input belongs to (an absolute path or a URI). */
  String root();

  /** The input's path relative to the root. */
  String path();

  /**
   * A file, walked exactly as the CLI walks it: archives and WARC files are expanded, record files
   * (JSONL, CSV, Parquet) become one item per record, then the file itself.
   *
   * @param file a local copy or the file itself
   * @param size its size in bytes
   */
  record File(String root, String path, Path file, long size) implements ScanInput {}

  /**
   * Whole lines of a JSONL corpus (each ending with its newline, except perhaps the file's last),
   * read as the CLI reads the file's records: items {@code path#n} from {@code firstLine} on.
   *
   * @param firstLine the 1-based number of the run's first line in the file
   * @param lines opens the run's bytes
   */
  record Lines(String root, String path, long firstLine, Opener lines) implements ScanInput {}

  /**
   * The record of a JSONL corpus whose lines were scanned as {@link Lines} runs: what the CLI
   * writes for the file after its records.
   *
   * @param size the file's size in bytes
   * @param sha256 the file's SHA-256 in hex
   * @param members its records (lines that are not blank)
   */
  record Corpus(String root, String path, long size, String sha256, long members)
      implements ScanInput {}

  /** Opens bytes when the scanner gets to them. */
  @FunctionalInterface
  interface Opener {
    /** A fresh stream; the caller closes it. */
    InputStream open() throws IOException;
  }
}
