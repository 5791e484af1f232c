import io.provscan.manifest.LicenseNormalizer;
import io.provscan.manifest.Manifests;
import io.provscan.source.Excludes;
import io.provscan.source.SourceLimits;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The manifest pre-pass of bench/manifests, side by side with its peer: a bare walk of the same
 * tree (what the scan's own walk costs before it reads a byte). Interleaved, medians of REPEAT.
 * Run with the provscan jar on the class path:
 * java -cp scanner-cli/target/provscan.jar bench/ManifestPrepass.java DIR REPEAT
 */
public class ManifestPrepass {
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]).toAbsolutePath().normalize();
    int repeat = Integer.parseInt(args[1]);
    SourceLimits limits =
        new SourceLimits(
            false, Excludes.none(), List.of(), 256L << 20, 8 << 20, 5, 100_000, 64L << 30, 250,
            Path.of(System.getProperty("java.io.tmpdir")));
    List<Double> walks = new ArrayList<>();
    List<Double> prepasses = new ArrayList<>();
    long files = 0;
    int found = 0;
    for (int i = 0; i < repeat + 1; i++) { // the first round warms the JIT and the page cache
      long t0 = System.nanoTime();
      files = walk(root);
      long t1 = System.nanoTime();
      found = Manifests.find(List.of(root), limits, LicenseNormalizer.builtIn()).all().size();
      long t2 = System.nanoTime();
      if (i > 0) {
        walks.add((t1 - t0) / 1e6);
        prepasses.add((t2 - t1) / 1e6);
      }
    }
    double w = median(walks);
    double p = median(prepasses);
    System.out.printf(
        "tree: %d files; manifests found: %d%nbare walk %.1f ms, pre-pass %.1f ms (median of %d);"
            + " ratio %.2f%n",
        files, found, w, p, repeat, p / w);
  }

  static long walk(Path root) throws IOException {
    long[] n = {0};
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
            n[0]++;
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path f, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
    return n[0];
  }

  static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }
}
