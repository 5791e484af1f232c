package io.provscan.manifest;

import io.provscan.source.Excludes;
import io.provscan.source.SourceLimits;
import io.provscan.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;

/** Test helper: a manifest finder with the scan's default limits. */
final class Finders {
  private Finders() {}

  static SourceLimits limits(Excludes excludes) {
    return new SourceLimits(
        false, excludes, List.of(), 256L << 20, 8 << 20, 5, 100_000, 64L << 30, 250, Path.of("."));
  }

  /** The default limits with another in-memory limit, spooling into {@code temp}. */
  static SourceLimits limits(int inMemoryLimit, Path temp) {
    SourceLimits l = limits(Excludes.none());
    return new SourceLimits(
        false,
        Excludes.none(),
        List.of(),
        l.maxItemSize(),
        inMemoryLimit,
        l.maxArchiveDepth(),
        l.maxArchiveEntries(),
        l.maxArchiveBytes(),
        l.maxCompressionRatio(),
        temp);
  }

  static ManifestFinder finder() {
    return new ManifestFinder(limits(Excludes.none()), LicenseNormalizer.builtIn());
  }

  /** The manifest in a real file, read as the pre-pass reads it. */
  static Manifest real(String relative) {
    Path root = Fixtures.realWorld("manifests");
    return finder().read(root, relative, root.resolve(relative)).orElseThrow();
  }
}
