package io.provscan.manifest;

import io.provscan.provenance.SourceRegistry;
import io.provscan.report.RecordSink;
import io.provscan.source.SourceLimits;
import java.nio.file.Path;
import java.util.List;

/**
 * The manifests of one scan: found by a pre-pass before the pipeline runs, registered as sources,
 * then checked against the items as they finish. Use: {@link #find}, scan with {@link #registry()}
 * and {@link #check()} among the sinks, then {@link #finish()} before the summary is written.
 */
public final class Manifests {
  private final List<Manifest> manifests;
  private final SourceRegistry registry;
  private final ManifestCheck check;

  private Manifests(List<Manifest> manifests, SourceLimits limits) {
    this.manifests = List.copyOf(manifests);
    this.registry = new SourceRegistry(List.of(new ManifestResolver(manifests)));
    manifests.forEach(m -> registry.register(m.source()));
    this.check = new ManifestCheck(manifests, limits.excludes());
  }

  /**
   * Reads the manifests in the roots (only files named like manifests; same excludes and link
   * policy as the scan). Never throws for what it reads.
   */
  public static Manifests find(List<Path> roots, SourceLimits limits, LicenseNormalizer names) {
    return new Manifests(new ManifestFinder(limits, names).find(roots), limits);
  }

  /** The manifests found: root by root, each root's by path. */
  public List<Manifest> all() {
    return manifests;
  }

  /** The scan's source registry: manifests' sources first, then hosts and folders. */
  public SourceRegistry registry() {
    return registry;
  }

  /** The sink that watches finished items for the files manifests list. */
  public RecordSink check() {
    return check;
  }

  /** Adds missing files and checksum mismatches to the manifests' sources; call after the scan. */
  public void finish() {
    check.apply(registry);
  }
}
