package io.provscan.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Container formats whose members provscan scans as items of their own, recognised by their magic
 * bytes (never by name alone, so a renamed archive is still opened and a {@code .zip} that is not
 * one is treated as a plain file).
 */
enum ContainerFormat {
  ZIP("application/zip"),
  TAR("application/x-tar"),
  SEVEN_Z("application/x-7z-compressed"),
  GZIP("application/gzip"),
  BZIP2("application/x-bzip2"),
  XZ("application/x-xz"),
  WARC("application/warc"),
  NONE(null);

  /** Bytes to read for {@link #sniff}: the tar magic sits at offset 257. */
  static final int HEAD_BYTES = 512;

  private static final byte[] SEVEN_Z_MAGIC = {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C};
  private static final byte[] XZ_MAGIC = {(byte) 0xFD, '7', 'z', 'X', 'Z', 0};

  final String mediaType;

  ContainerFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /** True for single-stream compressors, whose content may in turn be a tar or a WARC. */
  boolean isCompressor() {
    return this == GZIP || this == BZIP2 || this == XZ;
  }

  /** Recognises a container from the first bytes of a stream. */
  static ContainerFormat sniff(byte[] head, int length) {
    if (startsWith(head, length, new byte[] {'P', 'K', 3, 4})
        || startsWith(head, length, new byte[] {'P', 'K', 5, 6})) {
      return ZIP;
    }
    if (startsWith(head, length, new byte[] {0x1F, (byte) 0x8B})) {
      return GZIP;
    }
    if (startsWith(head, length, new byte[] {'B', 'Z', 'h'})) {
      return BZIP2;
    }
    if (startsWith(head, length, XZ_MAGIC)) {
      return XZ;
    }
    if (startsWith(head, length, SEVEN_Z_MAGIC)) {
      return SEVEN_Z;
    }
    if (startsWith(head, length, "WARC/".getBytes(StandardCharsets.US_ASCII))) {
      return WARC;
    }
    if (length >= 262 && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar")) {
      return TAR;
    }
    return NONE;
  }

  /** The media type for a container, refined by name where the magic is shared (jar, tgz). */
  String mediaTypeFor(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (this == ZIP && (n.endsWith(".jar") || n.endsWith(".war") || n.endsWith(".ear"))) {
      return "application/java-archive";
    }
    return mediaType;
  }

  private static boolean startsWith(byte[] head, int length, byte[] magic) {
    if (length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
