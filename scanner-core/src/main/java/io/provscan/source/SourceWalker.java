package io.provscan.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Walks scan roots and hands every item to a {@link Sink}, in order, on the calling thread.
 *
 * <p>Folders are walked recursively; symbolic links are reported as skipped unless {@link
 * SourceLimits#followLinks()}, and then a link back into its own ancestry is reported as a loop.
 * Files whose magic bytes say archive or WARC are expanded here, member by member, so that workers
 * get plain items. A root that is a file is scanned on its own, named by its file name.
 */
public final class SourceWalker {

  /** Receives items; may block (a bounded queue) and may be interrupted. */
  @FunctionalInterface
  public interface Sink {
    /** Takes one item. */
    void accept(Item item) throws InterruptedException;
  }

  /**
   * Decides, before a top-level file is opened, that a previous scan's records of it (and of the
   * members and records inside it) still stand, so the walk passes over it.
   */
  @FunctionalInterface
  public interface Unchanged {
    /**
     * True to pass over {@code file}, {@code relative} under {@code root}, of {@code size} ({@link
     * #LINK} for a symbolic link that is not followed).
     */
    boolean test(String root, String relative, Path file, long size);
  }

  /** The size {@link Unchanged} is given for a symbolic link that is not followed: {@value}. */
  public static final long LINK = -1;

  private final SourceLimits limits;
  private final RecordFormat records;
  private final Unchanged unchanged;
  private final Spooler spooler;
  private final LongAdder inputBytes = new LongAdder();
  private final LongAdder excluded = new LongAdder();

  /** A walker bounded by {@code limits} that reads no file as records. */
  public SourceWalker(SourceLimits limits) {
    this(limits, null);
  }

  /**
   * A walker bounded by {@code limits} that emits the records of files {@code records} claims (URL
   * lists, JSONL corpora) as items of their own.
   */
  public SourceWalker(SourceLimits limits, RecordFormat records) {
    this(limits, records, (root, relative, file, size) -> false);
  }

  /** Such a walker that passes over the top-level files {@code unchanged} names (a rescan's). */
  public SourceWalker(SourceLimits limits, RecordFormat records, Unchanged unchanged) {
    this.limits = limits;
    this.records = records;
    this.unchanged = unchanged;
    this.spooler = new Spooler(limits);
  }

  /** Bytes of top-level input consumed so far; grows while the walk goes on. */
  public long inputBytesRead() {
    return inputBytes.sum();
  }

  /** Paths left out by {@code --exclude} (and the output folder) so far. */
  public long excluded() {
    return excluded.sum();
  }

  /** Walks every root in turn. */
  public void walk(List<Path> roots, Sink sink) throws InterruptedException {
    for (Path root : roots) {
      walkRoot(root.toAbsolutePath().normalize(), sink);
    }
  }

  private void walkRoot(Path root, Sink sink) throws InterruptedException {
    if (Files.isDirectory(root)) {
      walkFolder(root, sink);
      return;
    }
    Path folder = root.getParent() == null ? root : root.getParent();
    String name = root.getFileName() == null ? root.toString() : root.getFileName().toString();
    try {
      BasicFileAttributes attrs = Files.readAttributes(root, BasicFileAttributes.class);
      file(folder.toString(), root, name, attrs.size(), sink);
    } catch (IOException e) {
      sink.accept(Item.judged(folder.toString(), name, null, 0, -1, unreadable(e)));
    }
  }

  private void walkFolder(Path root, Sink sink) throws InterruptedException {
    Set<FileVisitOption> options =
        limits.followLinks() ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : Set.of();
    try {
      Files.walkFileTree(root, options, Integer.MAX_VALUE, new Visitor(root, sink));
    } catch (Interrupted e) {
      throw e.cause;
    } catch (IOException e) {
      sink.accept(Item.judged(root.toString(), "", null, 0, -1, unreadable(e)));
    }
  }

  /**
   * Scans one regular file: a plain item, or the members of an archive followed by itself.
   *
   * @param root the scan root the file belongs to
   * @param relative the file's path relative to the root
   */
  public void file(String root, Path file, String relative, long size, Sink sink)
      throws InterruptedException {
    if (unchanged.test(root, relative, file, size)) {
      inputBytes.add(size);
      return;
    }
    byte[] head = new byte[ContainerFormat.HEAD_BYTES];
    int length;
    try (InputStream in = Files.newInputStream(file)) {
      length = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      sink.accept(Item.judged(root, relative, null, 0, size, unreadable(e)));
      return;
    }
    ContainerFormat format = ContainerFormat.sniff(head, length);
    Expansion expansion = new Expansion(root, limits, spooler, sink, excluded, records);
    if (expansion.expandRecords(Contents.file(file, size), relative, null, 0, format)) {
      inputBytes.add(size);
      return;
    }
    if (format == ContainerFormat.NONE || !expansion.expandFile(file, relative, size, format)) {
      sink.accept(Item.of(root, relative, null, 0, Contents.file(file, size)));
    }
    inputBytes.add(size);
  }

  static ItemError unreadable(IOException e) {
    String what = e.getClass().getSimpleName();
    String message = e.getMessage() == null ? what : what + ": " + e.getMessage();
    return ItemError.of(ErrorKind.UNREADABLE, message);
  }

  private static String relative(Path root, Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path segment : root.relativize(path)) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(segment);
    }
    return sb.toString();
  }

  /** Carries an interrupt out of {@link Files#walkFileTree}, which allows only IOException. */
  private static final class Interrupted extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient InterruptedException cause;

    Interrupted(InterruptedException cause) {
      super(cause);
      this.cause = cause;
    }
  }

  private final class Visitor extends SimpleFileVisitor<Path> {
    private final Path root;
    private final String rootName;
    private final Sink sink;

    Visitor(Path root, Sink sink) {
      this.root = root;
      this.rootName = root.toString();
      this.sink = sink;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (dir.equals(root)) {
        return FileVisitResult.CONTINUE;
      }
      if (limits.excludedDirs().contains(dir) || limits.excludes().matches(relative(root, dir))) {
        excluded.increment();
        return FileVisitResult.SKIP_SUBTREE;
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path path, BasicFileAttributes attrs) {
      String rel = relative(root, path);
      if (limits.excludes().matches(rel)) {
        excluded.increment();
        return FileVisitResult.CONTINUE;
      }
      try {
        visit(path, rel, attrs);
      } catch (InterruptedException e) {
        throw new Interrupted(e);
      }
      return FileVisitResult.CONTINUE;
    }

    private void visit(Path path, String rel, BasicFileAttributes attrs)
        throws InterruptedException {
      if (attrs.isSymbolicLink()
          && !limits.followLinks()
          && unchanged.test(rootName, rel, path, LINK)) {
        return; // a link not followed is still one: its record does not depend on its target
      }
      if (attrs.isSymbolicLink()) {
        // With FOLLOW_LINKS the walker only shows a link itself when its target is missing.
        ItemError error =
            limits.followLinks()
                ? ItemError.of(ErrorKind.UNREADABLE, "broken symbolic link")
                : ItemError.of(ErrorKind.SYMLINK, "symbolic link not followed (--follow-links)");
        sink.accept(Item.judged(rootName, rel, null, 0, -1, error));
      } else if (attrs.isRegularFile()) {
        file(rootName, path, rel, attrs.size(), sink);
      } else {
        sink.accept(
            Item.judged(
                rootName,
                rel,
                null,
                0,
                -1,
                ItemError.of(ErrorKind.SPECIAL_FILE, "not a regular file (FIFO, socket, device)")));
      }
    }

    @Override
    public FileVisitResult visitFileFailed(Path path, IOException e) {
      String rel = relative(root, path);
      ItemError error =
          e instanceof FileSystemLoopException
              ? ItemError.of(ErrorKind.SYMLINK_LOOP, "symbolic link loops back to an ancestor")
              : unreadable(e);
      try {
        sink.accept(Item.judged(rootName, rel, null, 0, -1, error));
      } catch (InterruptedException ie) {
        throw new Interrupted(ie);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) {
        // The listing broke off part-way: what was listed is scanned, the folder is reported.
        return visitFileFailed(dir, e);
      }
      return FileVisitResult.CONTINUE;
    }
  }
}
