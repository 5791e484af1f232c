package io.provscan.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the bundled demo corpus ({@code fixtures/demo}): through {@code -Dprovscan.home}, set by
 * the launcher, or beside the jar in a source checkout ({@code scanner-cli/target/provscan.jar}).
 */
final class DemoCorpus {
  private DemoCorpus() {}

  static Optional<Path> find() {
    String home = System.getProperty("provscan.home");
    if (home != null) {
      Path demo = Path.of(home, "fixtures", "demo");
      if (Files.isDirectory(demo)) {
        return Optional.of(demo);
      }
    }
    try {
      Path jar =
          Path.of(DemoCorpus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path p = jar.getParent(); p != null; p = p.getParent()) {
        Path demo = p.resolve("fixtures").resolve("demo");
        if (Files.isDirectory(demo)) {
          return Optional.of(demo);
        }
      }
    } catch (URISyntaxException | RuntimeException e) {
      // no code source: no demo
    }
    return Optional.empty();
  }
}
