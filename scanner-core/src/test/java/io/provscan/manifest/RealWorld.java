package io.provscan.manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real manifests beside the project ({@code shared/realworld/manifests}), read in place. */
final class RealWorld {
  private RealWorld() {}

  static Path manifests() {
    String base = System.getProperty("provscan.realworld");
    if (base == null) {
      throw new IllegalStateException("system property provscan.realworld is not set");
    }
    Path p = Path.of(base, "manifests");
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("real-world manifests not found at " + p);
    }
    return p;
  }

  static byte[] bytes(String relative) throws IOException {
    return Files.readAllBytes(manifests().resolve(relative));
  }
}
