package io.provscan.source;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.Set;

/**
 * The regular files under a scan root as the scan's own walk sees them ({@code --exclude}, the
 * excluded output folder, links followed only with {@code --follow-links}), for the pre-passes that
 * must look at some files before the scan starts (manifests, policy captures in WARC files).
 * Nothing is reported here: an unreadable folder or file is skipped, and the scan's walk reports
 * it.
 */
public final class RootFiles {
  /** Receives each file with its path relative to the root ({@code /} separators). */
  @FunctionalInterface
  public interface Visitor {
    /** One regular file that is not excluded. */
    void file(String relative, Path file);
  }

  private RootFiles() {}

  /** Visits the files under the folder {@code root}, in the walk's order. */
  public static void walk(Path root, SourceLimits limits, Visitor visitor) {
    Set<FileVisitOption> options =
        limits.followLinks() ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : Set.of();
    try {
      Files.walkFileTree(
          root,
          options,
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              boolean skip =
                  !dir.equals(root)
                      && (limits.excludedDirs().contains(dir)
                          || limits.excludes().matches(relative(root, dir)));
              return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String rel = relative(root, file);
              if (attrs.isRegularFile() && !limits.excludes().matches(rel)) {
                visitor.file(rel, file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE; // the scan's walk reports it
            }
          });
    } catch (IOException e) {
      // the scan's walk meets the same error and reports it
    }
  }

  /** {@code path} relative to {@code root}, with {@code /} separators. */
  public static String relative(Path root, Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path segment : root.relativize(path)) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(segment);
    }
    return sb.toString();
  }
}
