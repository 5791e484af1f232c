package io.provscan.source;

import io.provscan.internal.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Copies a member out of its container as the container is read: small members into memory, larger
 * ones into a temporary file, anything past the item size limit only hashed. The SHA-256 is
 * computed on the way, so the bytes are read once.
 */
final class Spooler {
  private static final int CHUNK = 64 * 1024;

  private final SourceLimits limits;

  Spooler(SourceLimits limits) {
    this.limits = limits;
  }

  /** The result of spooling one member. */
  sealed interface Spooled permits Held, TooLarge {}

  /** The member's bytes, ready to be extracted. */
  record Held(ItemContent content) implements Spooled {}

  /** The member is larger than {@code --max-item-size}; only its hash and size are known. */
  record TooLarge(String sha256, long size) implements Spooled {}

  Spooled spool(InputStream in) throws IOException {
    MessageDigest md = Hashing.sha256();
    byte[] buffer = new byte[CHUNK];
    int length = 0;
    for (int n; (n = in.read(buffer, length, buffer.length - length)) > 0; ) {
      md.update(buffer, length, n);
      length += n;
      if (length == buffer.length) {
        if (length >= limits.inMemoryLimit()) {
          return spoolToFile(in, buffer, length, md);
        }
        buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, limits.inMemoryLimit()));
      }
    }
    if (length > limits.maxItemSize()) {
      return new TooLarge(Hashing.hex(md.digest()), length);
    }
    return new Held(Contents.bytes(buffer, length, Hashing.hex(md.digest())));
  }

  private Spooled spoolToFile(InputStream in, byte[] head, int headLength, MessageDigest md)
      throws IOException {
    Path file = Files.createTempFile(limits.tempDir(), "member-", ".bin");
    long total = headLength;
    boolean complete = false;
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(head, 0, headLength);
      byte[] buffer = new byte[CHUNK];
      for (int n; (n = in.read(buffer)) > 0; ) {
        md.update(buffer, 0, n);
        total += n;
        if (total > limits.maxItemSize()) {
          return drain(in, md, total, buffer);
        }
        out.write(buffer, 0, n);
      }
      complete = true;
    } finally {
      if (!complete) {
        Files.deleteIfExists(file);
      }
    }
    return new Held(Contents.spooled(file, total, Hashing.hex(md.digest())));
  }

  private static TooLarge drain(InputStream in, MessageDigest md, long total, byte[] buffer)
      throws IOException {
    long size = total;
    for (int n; (n = in.read(buffer)) > 0; ) {
      md.update(buffer, 0, n);
      size += n;
    }
    return new TooLarge(Hashing.hex(md.digest()), size);
  }
}
