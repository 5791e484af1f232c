package io.provscan.scan;

import io.provscan.extract.Deadline;
import io.provscan.extract.Extracted;
import io.provscan.extract.Extractor;
import io.provscan.extract.TikaExtractor;
import io.provscan.manifest.UrlLists;
import io.provscan.source.Contents;
import io.provscan.source.Item;
import io.provscan.source.SourceWalker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds one item of a finished scan again by its root and path and extracts its text: a file
 * directly, an archive member or WARC record by reading its container up to it. Used for search
 * snippets when the index did not store the text.
 */
public final class ItemReader {
  private final ScanOptions options;
  private final Extractor extractor;

  /** A reader with the given options' limits. */
  public ItemReader(ScanOptions options) {
    this.options = options;
    this.extractor = new TikaExtractor(options.extraction());
  }

  /** The item's text, or null when it is gone or cannot be extracted. */
  public String text(String root, String path) throws IOException {
    if (root == null || path == null) {
      return null;
    }
    Path base = Path.of(root);
    String top = topFile(base, path);
    if (top == null) {
      return null;
    }
    Path file = base.resolve(top);
    if (top.equals(path)) {
      Item item = Item.of(root, path, null, 0, Contents.file(file, Files.size(file)));
      return extract(item);
    }
    return fromContainer(root, file, top, path);
  }

  /** The longest prefix of {@code path}, cut at {@code !/} or {@code #}, that is a file. */
  static String topFile(Path base, String path) {
    if (Files.isRegularFile(base.resolve(path))) {
      return path;
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      boolean cut = c == '#' || (c == '!' && path.startsWith("!/", i));
      if (cut && Files.isRegularFile(base.resolve(path.substring(0, i)))) {
        return path.substring(0, i);
      }
    }
    return null;
  }

  private String fromContainer(String root, Path file, String top, String path) throws IOException {
    Path temp = Files.createTempDirectory("provscan-reader-");
    String[] found = new String[1];
    try {
      SourceWalker walker =
          new SourceWalker(
              options.sourceLimits(temp),
              new UrlLists(CatalogLicenses.normalizer(options), options.source().columns()));
      walker.file(
          root,
          file,
          top,
          Files.size(file),
          item -> {
            try {
              if (item.path().equals(path) && !item.isPreset()) {
                found[0] = extract(item);
                throw new Found();
              }
            } finally {
              if (item.content() != null) {
                item.content().release();
              }
            }
          });
    } catch (Found e) {
      // read no further than the item
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      TempFiles.deleteTree(temp);
    }
    return found[0];
  }

  /** Stops the walk once the item is found; the walker lets interrupts through. */
  private static final class Found extends InterruptedException {
    private static final long serialVersionUID = 1L;
  }

  private String extract(Item item) {
    Extracted ex = extractor.extract(item, Deadline.in(options.extraction().timeout()));
    return ex.text().isEmpty() ? null : ex.text();
  }

  /**
   * Walks one top-level file of a finished scan again as the scan did: the file itself, or the
   * members and records it holds, in the scan's order, each handed to {@code sink} (which releases
   * its content). Spooled members live in {@code temp} until released.
   *
   * @param root the scan root as the scan's records name it
   * @param top the file's path relative to {@code root}
   */
  public void walk(String root, String top, Path temp, SourceWalker.Sink sink)
      throws IOException, InterruptedException {
    Path file = Path.of(root).resolve(top);
    SourceWalker walker =
        new SourceWalker(
            options.sourceLimits(temp),
            new UrlLists(CatalogLicenses.normalizer(options), options.source().columns()));
    walker.file(root, file, top, Files.size(file), sink);
  }

  /**
   * The item's extraction with the scan's extractor and limits, so its text and the offsets of
   * findings in it are the scan's (the same bytes give the same text).
   */
  public Extracted extracted(Item item) {
    return extractor.extract(item, Deadline.in(options.extraction().timeout()));
  }
}
