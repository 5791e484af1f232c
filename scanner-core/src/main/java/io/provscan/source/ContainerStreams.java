package io.provscan.source;

import io.provscan.internal.CountingInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/** The stream helpers every container reader shares: sniffing a format, counting raw bytes. */
final class ContainerStreams {
  private ContainerStreams() {}

  /** The container format of some content, by its head; {@code NONE} when unreadable. */
  static ContainerFormat sniff(ItemContent content) {
    byte[] head = new byte[ContainerFormat.HEAD_BYTES];
    try (InputStream in = content.open()) {
      return ContainerFormat.sniff(head, in.readNBytes(head, 0, head.length));
    } catch (IOException e) {
      return ContainerFormat.NONE;
    }
  }

  /** Reads the head of a buffered stream without consuming it. */
  static ContainerFormat sniff(BufferedInputStream in) throws IOException {
    byte[] head = new byte[ContainerFormat.HEAD_BYTES];
    in.mark(head.length);
    int n = in.readNBytes(head, 0, head.length);
    in.reset();
    return ContainerFormat.sniff(head, n);
  }

  /** A counting stream over a container's raw bytes, for ratio checks. */
  static CountingInputStream counted(InputStream raw) {
    return new CountingInputStream(new BufferedInputStream(raw, 64 * 1024));
  }

  /** Normalises an archive member name for display: {@code /} separators, no leading {@code ./}. */
  static String memberName(String name) {
    String n = name.replace('\\', '/');
    while (n.startsWith("./") || n.startsWith("/")) {
      n = n.substring(n.startsWith("./") ? 2 : 1);
    }
    n = n.replaceAll("/{2,}", "/");
    return n.isEmpty() ? "(unnamed)" : n;
  }
}
