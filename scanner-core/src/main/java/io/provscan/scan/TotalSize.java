package io.provscan.scan;

import io.provscan.internal.NamedThreadFactory;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Adds up the input's size on a thread of its own, so the progress line can show an ETA; listing a
 * folder costs far less than scanning it. -1 until done.
 */
final class TotalSize {
  private final ScanOptions options;
  private final AtomicLong total = new AtomicLong(-1);

  TotalSize(ScanOptions options) {
    this.options = options;
  }

  void start() {
    new NamedThreadFactory("provscan-sizer").newThread(this::count).start();
  }

  long bytes() {
    return total.get();
  }

  private void count() {
    Set<FileVisitOption> follow =
        options.source().followLinks() ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : Set.of();
    AtomicLong sum = new AtomicLong();
    try {
      for (Path root : options.roots()) {
        Files.walkFileTree(
            root,
            follow,
            Integer.MAX_VALUE,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                  sum.addAndGet(attrs.size());
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
              }
            });
      }
      total.set(sum.get());
    } catch (IOException | RuntimeException e) {
      // no total: the progress line goes without an ETA
    }
  }
}
