package io.provscan.manifest;

import io.provscan.provenance.DataSource;
import io.provscan.provenance.DefaultSources;
import io.provscan.provenance.SourceResolver;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assigns items to the sources manifests declare. In order: a manifest file belongs to its own
 * source; a file a manifest lists (or a member of a listed archive) to that manifest, wherever it
 * lies; any other item to the manifest of the nearest enclosing folder that has one. When several
 * manifests could claim an item (a card beside its Croissant file, both listing the same file), the
 * earlier format of {@link ManifestFormats#ALL} wins (a card, then Croissant, then Frictionless),
 * then the first by path.
 *
 * <p>Records of a URL list or JSONL corpus ({@code urls.csv#7}) go where the list itself goes, not
 * to their URL's host: a LAION shard names millions of hosts, and the list is what was declared.
 * Thread-safe: built once, then only read.
 */
final class ManifestResolver implements SourceResolver {
  private final Map<String, DataSource> byManifest = new HashMap<>();
  private final Map<String, Manifest> byListed = new HashMap<>();
  private final Map<String, Manifest> byFolder = new HashMap<>();
  private final DefaultSources defaults = new DefaultSources();

  ManifestResolver(List<Manifest> manifests) {
    for (Manifest m : manifests) {
      byManifest.put(key(m.root(), m.path()), m.source());
      for (ListedFile f : m.files()) {
        byListed.merge(key(m.root(), f.path()), m, ManifestResolver::primary);
      }
      byFolder.merge(key(m.root(), m.folder()), m, ManifestResolver::primary);
    }
  }

  private static Manifest primary(Manifest a, Manifest b) {
    int byFormat = ManifestFormats.precedence(a.format()) - ManifestFormats.precedence(b.format());
    if (byFormat != 0) {
      return byFormat < 0 ? a : b;
    }
    return a.path().compareTo(b.path()) <= 0 ? a : b;
  }

  @Override
  public Optional<DataSource> resolve(String root, String path, String url) {
    String list = UrlLists.listOf(path);
    String p = list == null ? path : list;
    Optional<DataSource> found = declared(root, p);
    if (found.isEmpty() && list != null) {
      return defaults.resolve(root, list, null);
    }
    return found;
  }

  private Optional<DataSource> declared(String root, String path) {
    DataSource own = byManifest.get(key(root, path));
    if (own != null) {
      return Optional.of(own);
    }
    for (String p = path; p != null; p = container(p)) {
      Manifest listed = byListed.get(key(root, p));
      if (listed != null) {
        return Optional.of(listed.source());
      }
    }
    String file = topFile(path);
    for (String folder = parent(file); folder != null; folder = parent(folder)) {
      Manifest m = byFolder.get(key(root, folder));
      if (m != null) {
        return Optional.of(m.source());
      }
    }
    return Optional.empty();
  }

  static String key(String root, String path) {
    return root + "\u0000" + path;
  }

  /** The enclosing archive or record file of an item, or null at the top level. */
  static String container(String path) {
    int cut = Math.max(path.lastIndexOf("!/"), path.lastIndexOf('#'));
    return cut <= 0 ? null : path.substring(0, cut);
  }

  /** The file on disk an item lies in: its path up to the first {@code !/} or {@code #}. */
  static String topFile(String path) {
    int end = path.length();
    int bang = path.indexOf("!/");
    int hash = path.indexOf('#');
    if (bang >= 0) {
      end = bang;
    }
    if (hash >= 0) {
      end = Math.min(end, hash);
    }
    return path.substring(0, end);
  }

  /** The folder of a path; {@code ""} for the root; null above it. */
  static String parent(String path) {
    if (path.isEmpty()) {
      return null;
    }
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
