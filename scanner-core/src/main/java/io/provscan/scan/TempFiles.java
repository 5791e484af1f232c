package io.provscan.scan;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Removes the scan's temporary folder; a file still held by an abandoned parser is left. */
final class TempFiles {
  /** The name prefix of a scan's temporary folder in the output folder. */
  static final String PREFIX = ".provscan-tmp-";

  private TempFiles() {}

  /** Removes the temporary folders a killed scan left in {@code out}. */
  static void removeStale(Path out) throws IOException {
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(out, PREFIX + "*")) {
      for (Path dir : dirs) {
        deleteTree(dir);
      }
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              quietlyDelete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) {
              quietlyDelete(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // best effort: the folder's name says what it is
    }
  }

  private static void quietlyDelete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // still in use; left behind
    }
  }
}
