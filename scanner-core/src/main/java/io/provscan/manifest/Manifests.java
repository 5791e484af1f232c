package io.provscan.manifest;

import io.provscan.provenance.SourceRegistry;
import io.provscan.record.RecordSink;
import io.provscan.source.SourceLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The manifests of one scan: found by a pre-pass before the pipeline runs, registered as sources,
 * then checked against the items as they finish. Use: {@link #find}, scan with {@link #registry()}
 * and {@link #check()} among the sinks, then {@link #finish()} before the summary is written.
 */
public final class Manifests {
  private final List<Manifest> manifests;
  private final SourceRegistry registry;
  private final ManifestCheck check;

  private Manifests(List<Manifest> found, SourceLimits limits) {
    List<Manifest> manifests = crossChecked(found);
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

  /**
   * The manifests with a problem added where two manifests of one folder (a card and a Croissant
   * file, say) declare different licences for what they describe: which one is right is for a
   * reviewer to find out, so each says what the other declares.
   */
  static List<Manifest> crossChecked(List<Manifest> manifests) {
    Map<String, List<Manifest>> byFolder = new LinkedHashMap<>();
    for (Manifest m : manifests) {
      byFolder.computeIfAbsent(m.root() + '\u0000' + m.folder(), k -> new ArrayList<>()).add(m);
    }
    List<Manifest> out = new ArrayList<>();
    for (Manifest m : manifests) {
      Set<String> mine = declared(m);
      List<String> disagreements = new ArrayList<>();
      for (Manifest other : byFolder.get(m.root() + '\u0000' + m.folder())) {
        Set<String> theirs = declared(other);
        if (other != m && !mine.isEmpty() && !theirs.isEmpty() && !mine.equals(theirs)) {
          disagreements.add(
              fileName(m)
                  + " declares "
                  + String.join(", ", mine)
                  + " but "
                  + fileName(other)
                  + " in the same folder declares "
                  + String.join(", ", theirs));
        }
      }
      out.add(disagreements.isEmpty() ? m : m.withProblems(disagreements));
    }
    return out;
  }

  private static Set<String> declared(Manifest m) {
    Set<String> ids = new LinkedHashSet<>(m.source().declaredLicenses());
    ids.remove(NormalizedLicense.NOASSERTION);
    return ids;
  }

  private static String fileName(Manifest m) {
    return m.path().substring(m.path().lastIndexOf('/') + 1);
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
