package io.provscan.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A decompressed stream that stops with a {@link LimitException} when it inflates too much: past
 * {@link SourceLimits#RATIO_GRACE_BYTES}, more than {@code ratio} bytes out per compressed byte in,
 * or past the tree's byte budget. This is the zip-bomb defence for every archive format.
 */
final class GuardedStream extends FilterInputStream {
  private final LongSupplier compressed;
  private final int ratio;
  private final TreeBudget budget;
  private long out;

  GuardedStream(InputStream in, LongSupplier compressed, int ratio, TreeBudget budget) {
    super(in);
    this.compressed = compressed;
    this.ratio = ratio;
    this.budget = budget;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      out += n;
      budget.addBytes(n);
      check();
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    return readAway(n);
  }

  private long readAway(long n) throws IOException {
    byte[] scratch = new byte[8192];
    long done = 0;
    while (done < n) {
      int r = read(scratch, 0, (int) Math.min(scratch.length, n - done));
      if (r < 0) {
        break;
      }
      done += r;
    }
    return done;
  }

  private void check() throws LimitException {
    if (out <= SourceLimits.RATIO_GRACE_BYTES) {
      return;
    }
    long in = Math.max(1, compressed.getAsLong());
    if (out / in > ratio) {
      throw new LimitException(
          ErrorKind.LIMIT,
          String.format(
              Locale.ROOT,
              "compression ratio over %d:1 (%d bytes from %d); possible zip bomb",
              ratio,
              out,
              in));
    }
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
