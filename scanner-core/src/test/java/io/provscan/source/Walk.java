package io.provscan.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: walks roots with given limits and collects the items. */
final class Walk {
  private Walk() {}

  static SourceLimits limits(Path temp) {
    return new SourceLimits(
        false, Excludes.none(), List.of(), 256L << 20, 8 << 20, 5, 100_000, 64L << 30, 250, temp);
  }

  static SourceLimits with(
      SourceLimits l,
      boolean followLinks,
      Excludes excludes,
      long maxItemSize,
      int inMemory,
      int depth,
      int entries) {
    return new SourceLimits(
        followLinks,
        excludes,
        l.excludedDirs(),
        maxItemSize,
        inMemory,
        depth,
        entries,
        l.maxArchiveBytes(),
        l.maxCompressionRatio(),
        l.tempDir());
  }

  static List<Item> items(SourceLimits limits, Path... roots) throws InterruptedException {
    List<Item> items = new ArrayList<>();
    new SourceWalker(limits).walk(List.of(roots), items::add);
    return items;
  }

  static Item find(List<Item> items, String path) {
    return items.stream()
        .filter(i -> i.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError(path + " not among " + paths(items)));
  }

  static List<String> paths(List<Item> items) {
    return items.stream().map(Item::path).toList();
  }
}
