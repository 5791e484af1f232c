package io.provscan.detect.license;

import io.provscan.licensedb.Catalog;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A build step, not API: scanner-core's build runs it (exec-maven-plugin, process-classes) to
 * bundle the compiled licence templates with the classes.
 */
public final class BundleTemplates {
  private BundleTemplates() {}

  /** Compiles the bundled catalogue's templates into the file {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    CompiledTemplates.compile(Catalog.get()).write(Path.of(args[0]));
  }
}
