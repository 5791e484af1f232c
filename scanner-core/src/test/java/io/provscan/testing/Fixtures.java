package io.provscan.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where tests find the files they read but do not write: the repository's own fixtures and the
 * real-world material beside the clone. Both locations come from system properties that the parent
 * pom's surefire configuration sets ({@code provscan.repo}, {@code provscan.realworld}); they are
 * read here and nowhere else.
 */
public final class Fixtures {
  /** The JUnit tag of the tests that read {@link #realWorld}; see {@link RealWorld}. */
  public static final String REAL_WORLD_TAG = "realworld";

  private Fixtures() {}

  /** The root of the repository (the folder with {@code fixtures/} and the modules). */
  public static Path repo() {
    return Path.of(property("provscan.repo"));
  }

  /**
   * The bundled demo corpus, {@code fixtures/demo}: what {@code provscan scan} scans by default.
   */
  public static Path demo() {
    return repo().resolve("fixtures/demo");
  }

  /**
   * A path inside the real-world material ({@code ../shared/realworld}, read in place, never
   * copied). Only tests marked {@link RealWorld} may call this: the folder is not part of the
   * repository, so a test that needs it fails here, naming where it looked.
   */
  public static Path realWorld(String... parts) {
    Path root = Path.of(property("provscan.realworld"));
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException(
          "the real-world material is not at "
              + root
              + ": tests that read it are marked @RealWorld and run only when it is there");
    }
    return Path.of(root.toString(), parts);
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(
          "system property " + name + " is not set: run the tests through Maven (mvn verify)");
    }
    return value;
  }
}
