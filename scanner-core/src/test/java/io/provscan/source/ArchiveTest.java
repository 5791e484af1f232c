package io.provscan.source;

import static io.provscan.source.Walk.find;
import static io.provscan.source.Walk.items;
import static io.provscan.source.Walk.limits;
import static io.provscan.source.Walk.paths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.internal.Hashing;
import io.provscan.testing.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArchiveTest {
  @TempDir Path dir;
  @TempDir Path temp;

  interface Maker {
    void make(Path file, Map<String, byte[]> entries) throws IOException;
  }

  static Stream<Arguments> formats() {
    Maker zip = Corpus::zip;
    Maker tar = (f, e) -> Corpus.tar(f, e, false);
    Maker tgz = (f, e) -> Corpus.tar(f, e, true);
    Maker seven = Corpus::sevenZ;
    Maker gz = (f, e) -> Corpus.gzip(f, e.values().iterator().next(), null);
    Maker bz2 = (f, e) -> Corpus.bzip2(f, e.values().iterator().next());
    Maker xz = (f, e) -> Corpus.xz(f, e.values().iterator().next());
    return Stream.of(
        Arguments.of("a.zip", zip, "a.zip!/dir/note.txt", "application/zip"),
        Arguments.of("lib.jar", zip, "lib.jar!/dir/note.txt", "application/java-archive"),
        Arguments.of("a.tar", tar, "a.tar!/dir/note.txt", "application/x-tar"),
        Arguments.of("a.tar.gz", tgz, "a.tar.gz!/dir/note.txt", "application/gzip"),
        Arguments.of("a.tgz", tgz, "a.tgz!/dir/note.txt", "application/gzip"),
        Arguments.of("a.7z", seven, "a.7z!/dir/note.txt", "application/x-7z-compressed"),
        Arguments.of("note.txt.gz", gz, "note.txt.gz!/note.txt", "application/gzip"),
        Arguments.of("note.txt.bz2", bz2, "note.txt.bz2!/note.txt", "application/x-bzip2"),
        Arguments.of("note.txt.xz", xz, "note.txt.xz!/note.txt", "application/x-xz"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void namesMembersAfterTheirArchiveAndEmitsTheArchiveLast(
      String name, Maker maker, String member, String mediaType) throws Exception {
    Path file = dir.resolve(name);
    maker.make(file, Corpus.entries("dir/note.txt", "hello archive"));
    List<Item> items = items(limits(temp), dir);
    assertEquals(List.of(member, name), paths(items));
    Item m = items.get(0);
    assertEquals(name, m.parent());
    assertEquals(1, m.depth());
    assertEquals("hello archive", read(m));
    Item container = items.get(1);
    assertEquals(ItemStatus.OK, container.preset().status());
    assertEquals(1, container.preset().members());
    assertEquals(mediaType, container.preset().mediaType());
    try (InputStream in = Files.newInputStream(file)) {
      assertEquals(Hashing.digest(in).sha256(), container.preset().sha256());
    }
  }

  @Test
  void expandsNestedArchivesDownToTheDepthLimit() throws Exception {
    byte[] level3 = Corpus.zipBytes(Corpus.entries("deepest.txt", "3"));
    byte[] level2 = Corpus.zipBytes(Corpus.entries("l3.zip", level3, "two.txt", "2"));
    Corpus.zip(dir.resolve("l1.zip"), Corpus.entries("l2.zip", level2));
    SourceLimits depth2 =
        Walk.with(limits(temp), false, Excludes.none(), 1 << 30, 8 << 20, 2, 1000);
    List<Item> items = items(depth2, dir);
    assertEquals("2", read(find(items, "l1.zip!/l2.zip!/two.txt")));
    Item tooDeep = find(items, "l1.zip!/l2.zip!/l3.zip");
    assertEquals(ErrorKind.LIMIT, tooDeep.preset().error().kind());
    assertNotNull(tooDeep.preset().sha256());
    assertFalse(paths(items).contains("l1.zip!/l2.zip!/l3.zip!/deepest.txt"));
    assertEquals(2, find(items, "l1.zip!/l2.zip").depth() + 1);
  }

  @Test
  void leavesZipBasedDocumentsToTheExtractor() throws Exception {
    Corpus.docx(dir.resolve("report.docx"), "A paragraph.");
    List<Item> items = items(limits(temp), dir);
    assertEquals(List.of("report.docx"), paths(items));
    assertFalse(items.get(0).isPreset());
  }

  @Test
  void stopsAHighRatioMemberAsAZipBombAndReadsTheRest() throws Exception {
    Corpus.zip(
        dir.resolve("bomb.zip"),
        Corpus.entries("zeros.bin", Corpus.zeros(64 << 20), "fine.txt", "fine"));
    List<Item> items = items(limits(temp), dir);
    Item bomb = find(items, "bomb.zip!/zeros.bin");
    assertEquals(ItemStatus.FAILED, bomb.preset().status());
    assertEquals(ErrorKind.LIMIT, bomb.preset().error().kind());
    assertTrue(bomb.preset().error().message().contains("compression ratio"));
    assertEquals("fine", read(find(items, "bomb.zip!/fine.txt")));
    assertEquals(ItemStatus.OK, find(items, "bomb.zip").preset().status());
  }

  @Test
  void stopsAGzipBombAndFailsItsContainer() throws Exception {
    Corpus.gzip(dir.resolve("zeros.gz"), Corpus.zeros(64 << 20), null);
    List<Item> items = items(limits(temp), dir);
    assertEquals(ErrorKind.LIMIT, find(items, "zeros.gz!/zeros").preset().error().kind());
    assertEquals(ErrorKind.LIMIT, find(items, "zeros.gz").preset().error().kind());
  }

  @Test
  void boundsANestedBombByTheTreeEntryBudget() throws Exception {
    byte[] leaf = Corpus.zipBytes(Corpus.entries("a.txt", "a", "b.txt", "b", "c.txt", "c"));
    byte[] mid = Corpus.zipBytes(Corpus.entries("1.zip", leaf, "2.zip", leaf, "3.zip", leaf));
    Corpus.zip(dir.resolve("top.zip"), Corpus.entries("x.zip", mid, "y.zip", mid, "z.zip", mid));
    SourceLimits budget = Walk.with(limits(temp), false, Excludes.none(), 1 << 30, 8 << 20, 5, 10);
    List<Item> items = items(budget, dir);
    Item top = find(items, "top.zip");
    assertEquals(ErrorKind.LIMIT, top.preset().error().kind());
    assertTrue(top.preset().error().message().contains("10 members"));
    assertTrue(items.size() <= 10 + 4, "bounded output, got " + items.size());
  }

  @Test
  void reportsEncryptedZipEntriesWithoutReadingThem() throws Exception {
    byte[] zip = Corpus.zipBytes(Corpus.entries("secret.txt", "classified", "open.txt", "open"));
    markFirstEntryEncrypted(zip);
    Files.write(dir.resolve("locked.zip"), zip);
    List<Item> items = items(limits(temp), dir);
    assertEquals(
        ErrorKind.ENCRYPTED, find(items, "locked.zip!/secret.txt").preset().error().kind());
    assertEquals("open", read(find(items, "locked.zip!/open.txt")));
  }

  @Test
  void recoversTheMembersOfATruncatedZip() throws Exception {
    byte[] zip =
        Corpus.zipBytes(
            Corpus.entries("one.txt", "first".repeat(50), "two.txt", "second".repeat(50)));
    Files.write(dir.resolve("cut.zip"), Arrays.copyOf(zip, zip.length - 200));
    List<Item> items = items(limits(temp), dir);
    assertEquals("first".repeat(50), read(find(items, "cut.zip!/one.txt")));
    Item cut = find(items, "cut.zip");
    assertEquals(ItemStatus.FAILED, cut.preset().status());
    assertEquals(ErrorKind.TRUNCATED, cut.preset().error().kind());
  }

  @Test
  void reportsACutTarGzAsTruncated() throws Exception {
    Path tgz =
        Corpus.tar(dir.resolve("t.tgz"), Corpus.entries("big.txt", randomText(400_000)), true);
    byte[] bytes = Files.readAllBytes(tgz);
    Files.write(tgz, Arrays.copyOf(bytes, bytes.length / 2));
    List<Item> items = items(limits(temp), dir);
    assertEquals(ErrorKind.TRUNCATED, find(items, "t.tgz!/big.txt").preset().error().kind());
    assertEquals(ItemStatus.FAILED, find(items, "t.tgz").preset().status());
  }

  @Test
  void namesASingleGzipMemberByItsStoredName() throws Exception {
    Corpus.gzip(dir.resolve("download.bin"), "x".getBytes(StandardCharsets.UTF_8), "README.md");
    assertEquals("download.bin!/README.md", items(limits(temp), dir).get(0).path());
  }

  @Test
  void spoolsLargeMembersToATemporaryFileReleasedAfterUse() throws Exception {
    String big = randomText(300_000);
    Corpus.zip(dir.resolve("a.zip"), Corpus.entries("big.txt", big));
    SourceLimits small =
        Walk.with(limits(temp), false, Excludes.none(), 1 << 30, 64 * 1024, 5, 100);
    Item member = find(items(small, dir), "a.zip!/big.txt");
    Path spool = member.content().file().orElseThrow();
    assertTrue(spool.startsWith(temp));
    assertEquals(big, read(member));
    member.content().release();
    assertFalse(Files.exists(spool));
  }

  @Test
  void hashesButDoesNotHoldMembersOverTheItemSizeLimit() throws Exception {
    byte[] content = randomText(200_000).getBytes(StandardCharsets.UTF_8);
    Corpus.zip(dir.resolve("a.zip"), Corpus.entries("big.txt", content));
    SourceLimits l = Walk.with(limits(temp), false, Excludes.none(), 100_000, 64 * 1024, 5, 100);
    Item big = find(items(l, dir), "a.zip!/big.txt");
    assertEquals(ErrorKind.TOO_LARGE, big.preset().error().kind());
    assertEquals(Hashing.sha256Hex(content, content.length), big.preset().sha256());
    assertEquals(content.length, big.size());
    assertNull(big.content());
  }

  static String read(Item item) throws IOException {
    try (InputStream in = item.content().open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String randomText(int n) {
    java.util.Random random = new java.util.Random(42);
    StringBuilder sb = new StringBuilder(n);
    while (sb.length() < n) {
      sb.append(Long.toString(random.nextLong(), 36)).append(' ');
    }
    return sb.substring(0, n);
  }

  /** Sets the "encrypted" flag of the first entry in both its local and central headers. */
  static void markFirstEntryEncrypted(byte[] zip) {
    zip[6] |= 1; // local file header: general purpose bit flag at offset 6
    for (int j = 0; j + 3 < zip.length; j++) {
      if (zip[j] == 'P' && zip[j + 1] == 'K' && zip[j + 2] == 1 && zip[j + 3] == 2) {
        zip[j + 8] |= 1; // central directory header: the same flag at offset 8
        return;
      }
    }
  }
}
