import io.provscan.detect.Findings;
import io.provscan.detect.pii.PiiDetector;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The personal-data detector alone, in one thread, on the text of a file cut into items of about
 * 1 MiB at line ends (a corpus is made of documents, and the detector's caps are per item). Three
 * warm-up passes, then the median of seven timed passes, timed in CPU time of the thread (the
 * machines are shared; wall time measures the neighbours).
 *
 * <pre>java -cp scanner-cli/target/provscan.jar bench/PiiBench.java FILE</pre>
 */
public final class PiiBench {
  public static void main(String[] args) throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of(args[0]));
    List<String> items = items(new String(bytes, StandardCharsets.UTF_8), 1 << 20);
    PiiDetector detector = new PiiDetector();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long findings = 0;
    for (int i = 0; i < 3; i++) {
      findings = pass(detector, items);
    }
    double[] seconds = new double[7];
    for (int i = 0; i < seconds.length; i++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      pass(detector, items);
      seconds[i] = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
    }
    Arrays.sort(seconds);
    double median = seconds[seconds.length / 2];
    System.out.printf(
        Locale.ROOT,
        "detector alone: %.3f CPU s per pass, %.1f MB/s per core (%d bytes, %d items, %d findings)%n",
        median,
        bytes.length / 1e6 / median,
        bytes.length,
        items.size(),
        findings);
  }

  private static long pass(PiiDetector detector, List<String> items) {
    long n = 0;
    for (String item : items) {
      Findings f = detector.find(item);
      n += f.pii().size();
    }
    return n;
  }

  private static List<String> items(String text, int size) {
    List<String> items = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = Math.min(text.length(), start + size);
      int nl = text.indexOf('\n', end);
      end = nl < 0 ? text.length() : nl + 1;
      items.add(text.substring(start, end));
      start = end;
    }
    return items;
  }
}
