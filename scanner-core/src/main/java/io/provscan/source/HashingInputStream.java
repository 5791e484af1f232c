package io.provscan.source;

import io.provscan.internal.Hashing;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * Hashes every byte that passes through it, skipped bytes included (a skip reads them), so that a
 * container's SHA-256 comes out of the one read that expands it.
 */
final class HashingInputStream extends FilterInputStream {
  private final MessageDigest sha = Hashing.sha256();
  private final byte[] skipped = new byte[8192];

  HashingInputStream(InputStream in) {
    super(in);
  }

  /** SHA-256, in hex, of the bytes read so far; call once, at the end of the stream. */
  String sha256() {
    return Hashing.hex(sha.digest());
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      sha.update((byte) b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      sha.update(buffer, offset, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    int n1 = read(skipped, 0, (int) Math.min(n, skipped.length));
    return Math.max(n1, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
