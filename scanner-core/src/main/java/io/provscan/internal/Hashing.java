package io.provscan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 helpers; every Java runtime has SHA-256, so its absence is a broken runtime. */
public final class Hashing {
  private static final int BUFFER = 64 * 1024;

  private Hashing() {}

  /** A new SHA-256 digest. */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the Java runtime has no SHA-256", e);
    }
  }

  /** Lower-case hex of a digest. */
  public static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }

  /** SHA-256 of a byte array, as hex. */
  public static String sha256Hex(byte[] bytes, int length) {
    MessageDigest md = sha256();
    md.update(bytes, 0, length);
    return hex(md.digest());
  }

  /** Reads the stream to its end and returns the hex SHA-256 and the byte count. */
  public static Digest digest(InputStream in) throws IOException {
    MessageDigest md = sha256();
    byte[] buffer = new byte[BUFFER];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      md.update(buffer, 0, n);
      total += n;
    }
    return new Digest(hex(md.digest()), total);
  }

  /** A SHA-256 in hex with the number of bytes it covers. */
  public record Digest(String sha256, long size) {}
}
