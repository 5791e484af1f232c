package io.provscan.provenance;

import java.util.Optional;

/**
 * Decides which source an item belongs to. Resolvers are asked in order; the first answer wins.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface SourceResolver {
  /**
   * The source of an item, or empty when this resolver does not know it.
   *
   * @param root the item's scan root
   * @param path the item's path relative to the root
   * @param url the item's URL, or null
   */
  Optional<DataSource> resolve(String root, String path, String url);
}
