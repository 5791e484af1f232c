package io.provscan.source;

import static io.provscan.source.Walk.find;
import static io.provscan.source.Walk.items;
import static io.provscan.source.Walk.limits;
import static io.provscan.source.Walk.paths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWalkerTest {
  @TempDir Path dir;
  @TempDir Path temp;

  @Test
  void walksFoldersRecursivelyNamingItemsFromTheRoot() throws Exception {
    Corpus.text(dir.resolve("a/b/deep.txt"), "deep");
    Corpus.text(dir.resolve("top.txt"), "top");
    List<Item> items = items(limits(temp), dir);
    assertEquals(List.of("a/b/deep.txt", "top.txt"), paths(items).stream().sorted().toList());
    Item deep = find(items, "a/b/deep.txt");
    assertEquals(dir.toAbsolutePath().normalize().toString(), deep.root());
    assertNull(deep.parent());
    assertEquals(0, deep.depth());
    assertEquals(4, deep.size());
    assertFalse(deep.isPreset());
  }

  @Test
  void aFileRootIsNamedByItsFileName() throws Exception {
    Path file = Corpus.text(dir.resolve("sub/one.txt"), "x");
    List<Item> items = items(limits(temp), file);
    assertEquals(List.of("one.txt"), paths(items));
    assertEquals(dir.resolve("sub").toString(), items.get(0).root());
  }

  @Test
  void keepsNamesWithSpacesNewlinesAndOtherScripts() throws Exception {
    for (String name : List.of("with space.txt", "new\nline.txt", "中文名.txt", "ΑΒΓ.txt")) {
      Corpus.text(dir.resolve(name), name);
    }
    List<String> paths = paths(items(limits(temp), dir));
    assertTrue(paths.containsAll(List.of("with space.txt", "new\nline.txt", "中文名.txt", "ΑΒΓ.txt")));
  }

  @Test
  void skipsSymbolicLinksUnlessAskedToFollowThem() throws Exception {
    Corpus.text(dir.resolve("real/file.txt"), "x");
    Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
    Item link = find(items(limits(temp), dir), "link");
    assertEquals(ItemStatus.SKIPPED, link.preset().status());
    assertEquals(ErrorKind.SYMLINK, link.preset().error().kind());

    SourceLimits follow = Walk.with(limits(temp), true, Excludes.none(), 1 << 30, 8 << 20, 5, 1000);
    assertTrue(paths(items(follow, dir)).contains("link/file.txt"));
  }

  @Test
  void reportsASymlinkLoopAsSkippedWhenFollowingLinks() throws Exception {
    Corpus.text(dir.resolve("a/file.txt"), "x");
    Files.createSymbolicLink(dir.resolve("a/loop"), dir.resolve("a"));
    SourceLimits follow = Walk.with(limits(temp), true, Excludes.none(), 1 << 30, 8 << 20, 5, 1000);
    List<Item> items = items(follow, dir);
    Item loop = find(items, "a/loop");
    assertEquals(ItemStatus.SKIPPED, loop.preset().status());
    assertEquals(ErrorKind.SYMLINK_LOOP, loop.preset().error().kind());
    assertEquals(2, items.size(), "the file once and the loop once: " + paths(items));
  }

  @Test
  void reportsABrokenLinkAsUnreadableWhenFollowingLinks() throws Exception {
    Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
    SourceLimits follow = Walk.with(limits(temp), true, Excludes.none(), 1 << 30, 8 << 20, 5, 1000);
    Item item = find(items(follow, dir), "dangling.txt");
    assertEquals(ItemStatus.FAILED, item.preset().status());
    assertEquals(ErrorKind.UNREADABLE, item.preset().error().kind());
  }

  @Test
  void excludesByNameAnywhereAndByPathFromTheRoot() throws Exception {
    Corpus.text(dir.resolve("keep.txt"), "k");
    Corpus.text(dir.resolve("deep/x/app.log"), "l");
    Corpus.text(dir.resolve("build/out.txt"), "b");
    Corpus.zip(dir.resolve("a.zip"), Corpus.entries("in.log", "l", "in.txt", "t"));
    SourceLimits l =
        Walk.with(
            limits(temp),
            false,
            Excludes.of(List.of("*.log", "build/**")),
            1 << 30,
            8 << 20,
            5,
            100);
    SourceWalker walker = new SourceWalker(l);
    List<Item> items = new java.util.ArrayList<>();
    walker.walk(List.of(dir), items::add);
    assertEquals(
        List.of("a.zip", "a.zip!/in.txt", "keep.txt"), paths(items).stream().sorted().toList());
    assertEquals(3, walker.excluded());
  }

  @Test
  void neverWalksTheOutputFolder() throws Exception {
    Corpus.text(dir.resolve("doc.txt"), "d");
    Corpus.text(dir.resolve("provscan-out/items.jsonl"), "{}");
    SourceLimits base = limits(temp);
    SourceLimits l =
        new SourceLimits(
            false,
            Excludes.none(),
            List.of(dir.resolve("provscan-out")),
            base.maxItemSize(),
            base.inMemoryLimit(),
            5,
            100,
            base.maxArchiveBytes(),
            250,
            temp);
    assertEquals(List.of("doc.txt"), paths(items(l, dir)));
  }
}
