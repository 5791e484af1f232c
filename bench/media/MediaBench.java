import io.provscan.media.EmbeddedRights;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The embedded-rights reader alone, in one thread, over every file of a folder: warm-up passes,
 * then timed passes in the thread's CPU time; prints the fastest and median per-file cost and how
 * many files were found reserved (a check that the work was done).
 *
 * <pre>java -cp scanner-cli/target/provscan.jar bench/media/MediaBench.java DIR [PASSES]</pre>
 */
public class MediaBench {
  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      files = s.sorted().toList();
    }
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int w = 0; w < 3; w++) {
      pass(files);
    }
    long[] ns = new long[passes];
    int reserved = 0;
    for (int p = 0; p < passes; p++) {
      long start = cpu.getCurrentThreadCpuTime();
      reserved = pass(files);
      ns[p] = cpu.getCurrentThreadCpuTime() - start;
    }
    java.util.Arrays.sort(ns);
    System.out.printf(
        "media reader: %d files, %d reserved; per file CPU fastest %.3f ms, median %.3f ms%n",
        files.size(), reserved, ns[0] / 1e6 / files.size(), ns[passes / 2] / 1e6 / files.size());
  }

  static int pass(List<Path> files) {
    int reserved = 0;
    for (Path f : files) {
      List<String> v = EmbeddedRights.ofFile(f).get("plus:DataMining");
      if (v != null && v.get(0).contains("PROHIBITED")) {
        reserved++;
      }
    }
    return reserved;
  }
}
