package io.provscan.scan;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * With {@code --no-index}, an index left in the output folder by an earlier scan would answer
 * {@code provscan search} with stale results; it is removed. Only Lucene's own files are deleted.
 */
final class StaleIndex {
  private StaleIndex() {}

  static void remove(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (Files.isRegularFile(f)
            && (name.startsWith("segments") || name.startsWith("_") || name.equals("write.lock"))) {
          Files.delete(f);
        }
      }
    }
  }
}
