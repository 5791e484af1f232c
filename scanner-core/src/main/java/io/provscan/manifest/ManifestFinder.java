package io.provscan.manifest;

import io.provscan.source.RootFiles;
import io.provscan.source.SourceLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The pre-pass: walks the scan roots as the scan will (same excludes, same link policy, never into
 * the output folder) and reads only files that a {@link ManifestFormat} claims by name. Manifests
 * inside archives are not read. Never throws for what it finds: an unreadable or malformed manifest
 * is a source with a problem, an unreadable folder is left to the scan to report.
 */
final class ManifestFinder {
  private final SourceLimits limits;
  private final LicenseNormalizer names;

  ManifestFinder(SourceLimits limits, LicenseNormalizer names) {
    this.limits = limits;
    this.names = names;
  }

  /** The manifests in every root: root by root, each root's by path. */
  List<Manifest> find(List<Path> roots) {
    List<Manifest> found = new ArrayList<>();
    for (Path r : roots) {
      Path root = r.toAbsolutePath().normalize();
      List<Manifest> inRoot = new ArrayList<>();
      if (Files.isDirectory(root)) {
        walk(root, inRoot);
      } else if (Files.isRegularFile(root) && root.getParent() != null) {
        String name = root.getFileName().toString();
        read(root.getParent(), name, root).ifPresent(inRoot::add);
      }
      inRoot.sort(Comparator.comparing(Manifest::path));
      found.addAll(inRoot);
    }
    return found;
  }

  private void walk(Path root, List<Manifest> found) {
    RootFiles.walk(root, limits, (rel, file) -> read(root, rel, file).ifPresent(found::add));
  }

  /** The manifest in a file, when its name says manifest and its content agrees. */
  Optional<Manifest> read(Path root, String rel, Path file) {
    Optional<ManifestFormat> format = ManifestFormats.claiming(file.getFileName().toString());
    if (format.isEmpty()) {
      return Optional.empty();
    }
    ManifestFile where = ManifestFile.of(root, rel);
    byte[] bytes;
    try {
      bytes = head(file);
    } catch (IOException e) {
      return format.get().unreadable(where, "could not be read: " + Problems.of(e), names);
    }
    return format.get().read(where, bytes, names);
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(ManifestFormat.MAX_MANIFEST_BYTES);
    }
  }
}
