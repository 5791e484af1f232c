package io.provscan.spark;

import java.io.Serializable;

/**
 * One piece of work for a task: a whole file, a run of lines of a JSONL corpus, or the record of a
 * JSONL corpus whose runs were cut. Plain data, so that Spark can ship and re-run it.
 *
 * @param kind what it is
 * @param root the scan root as items name it
 * @param path the file's path relative to the root
 * @param uri where the bytes are (a Hadoop URI)
 * @param size the file's size in bytes
 * @param offset for a run, its first byte
 * @param length for a run, its bytes (-1: to the end of the file)
 * @param firstLine for a run, its first line's number
 * @param sha256 for a corpus, the file's hash; null when the task that carries it takes it
 * @param members for a corpus, its records
 */
record Unit(
    Kind kind,
    String root,
    String path,
    String uri,
    long size,
    long offset,
    long length,
    long firstLine,
    String sha256,
    long members)
    implements Serializable {

  /** What a unit is. */
  enum Kind {
    FILE,
    LINES,
    CORPUS
  }

  /**
   * How many times cheaper hashing a byte is than scanning it, to weigh a corpus unit whose task
   * hashes the file: {@value} (SHA-256 against extraction and every detector).
   */
  static final int HASHING_IS_CHEAPER = 32;

  static Unit file(String root, String path, String uri, long size) {
    return new Unit(Kind.FILE, root, path, uri, size, 0, size, 0, null, 0);
  }

  /** Bytes of input the unit reads, for packing units into tasks. */
  long weight() {
    return switch (kind) {
      case FILE -> size;
      case LINES -> length < 0 ? size - offset : length;
      case CORPUS -> sha256 == null ? size / HASHING_IS_CHEAPER : 0;
    };
  }
}
