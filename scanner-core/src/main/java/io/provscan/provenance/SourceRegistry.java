package io.provscan.provenance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sources of one scan: those declared before it (by manifests) and those met during it. Asks
 * its resolvers in order, then {@link DefaultSources}. Thread-safe.
 */
public final class SourceRegistry {
  private final List<SourceResolver> resolvers;
  private final Map<String, DataSource> sources = new ConcurrentHashMap<>();

  /** A registry asking {@code resolvers} first, then the defaults (host, folder). */
  public SourceRegistry(List<SourceResolver> resolvers) {
    List<SourceResolver> all = new ArrayList<>(resolvers);
    all.add(new DefaultSources());
    this.resolvers = List.copyOf(all);
  }

  /** A registry with the defaults only. */
  public static SourceRegistry defaults() {
    return new SourceRegistry(List.of());
  }

  /** Records a source known before the scan (from a manifest). */
  public void register(DataSource source) {
    sources.put(source.id(), source);
  }

  /** Replaces a source, e.g. to add problems found while scanning. */
  public void update(DataSource source) {
    sources.put(source.id(), source);
  }

  /** The id of the source of an item, recording the source the first time it is met. */
  public String assign(String root, String path, String url) {
    for (SourceResolver resolver : resolvers) {
      Optional<DataSource> found = resolver.resolve(root, path, url);
      if (found.isPresent()) {
        DataSource source = found.get();
        return sources.computeIfAbsent(source.id(), id -> source).id();
      }
    }
    throw new IllegalStateException("DefaultSources always answers");
  }

  /** A source by id. */
  public Optional<DataSource> get(String id) {
    return Optional.ofNullable(sources.get(id));
  }

  /** All sources so far. */
  public Collection<DataSource> all() {
    return List.copyOf(sources.values());
  }
}
