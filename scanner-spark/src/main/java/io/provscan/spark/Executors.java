package io.provscan.spark;

import io.provscan.scan.RecordScanner;
import io.provscan.sitepolicy.PolicyCaptures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The record scanner of this JVM: made once per executor (Tika and the licence catalogue take
 * seconds to start) and shared by its tasks, which run side by side on it (it holds no state of a
 * task). Remade only when a job with other options runs in the same JVM (tests).
 */
final class Executors {
  private static RecordScanner scanner;
  private static JobOptions madeFor;

  private Executors() {}

  /** The JVM's scanner for {@code options}, judged with {@code captures}. */
  static synchronized RecordScanner scanner(JobOptions options, PolicyCaptures captures) {
    if (scanner != null && options.equals(madeFor)) {
      return scanner;
    }
    if (scanner != null) {
      scanner.close();
    }
    try {
      Path temp = Files.createTempDirectory("provscan-executor");
      List<Path> roots = new ArrayList<>(localRoots(options));
      if (roots.isEmpty()) {
        roots.add(temp); // manifests are read from local roots only; an empty folder has none
      }
      scanner = new RecordScanner(options.scanOptions(roots, temp), captures);
      madeFor = options;
      return scanner;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the scanner", e);
    }
  }

  /** The inputs' local roots that this JVM sees (on a cluster, usually none). */
  static List<Path> localRoots(JobOptions options) {
    List<Path> roots = new ArrayList<>();
    for (String input : options.inputs()) {
      if (!Inputs.local(input)) {
        continue;
      }
      Path p = Path.of(input.startsWith("file:") ? java.net.URI.create(input).getPath() : input);
      p = p.toAbsolutePath().normalize();
      if (Files.exists(p) && !roots.contains(p)) {
        roots.add(p); // as the CLI is given them: manifests are looked for in these alone
      }
    }
    return roots;
  }
}
