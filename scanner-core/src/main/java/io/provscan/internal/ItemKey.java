package io.provscan.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * An item's identity in a scan, its root and path, as 64 bits: the first 8 bytes of SHA-256 over
 * {@code root NUL path}. A resumed scan remembers millions of them in a {@link LongSet}; two items
 * of one scan collide with a chance of about n²/2⁶⁵ (3 in a million at 10 million items).
 */
public final class ItemKey {
  private ItemKey() {}

  /** The key of the item at {@code path} under {@code root} (a null root counts as empty). */
  public static long of(String root, String path) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    sha.update((root == null ? "" : root).getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(path.getBytes(StandardCharsets.UTF_8));
    return ByteBuffer.wrap(sha.digest()).getLong();
  }

  /** The key as it is written in the index's {@code key} field. */
  public static String text(long key) {
    return Long.toHexString(key);
  }
}
