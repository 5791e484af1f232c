import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.provscan.detect.Findings;
import io.provscan.detect.pii.PiiDetector;
import java.io.BufferedReader;
import java.io.IOException;
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
 * The personal-data detector alone, in one thread. A {@code .jsonl} file is read record by record
 * (each line's {@code text} field is one item, as a scan of the shard sees it); any other file is
 * cut into items of about 1 MiB at line ends (a corpus is made of documents, and the detector's
 * caps are per item). Warm-up passes (three, or the count given), then timed passes (seven, or the
 * count given), timed in CPU time of the thread (the machines are shared; wall time measures the
 * neighbours): each pass, the median and the fastest are printed, because a busy neighbour on the
 * same core can double a pass's CPU time; compare the fastest passes of two builds run in turn. MB/s
 * counts the UTF-8 bytes of the items' texts. The digest is a hash of every finding and count: two
 * builds that find the same print the same digest.
 *
 * <pre>java -cp scanner-cli/target/provscan.jar bench/PiiBench.java FILE [WARMUP [PASSES]]</pre>
 */
public final class PiiBench {
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<String> items =
        file.toString().endsWith(".jsonl")
            ? records(file)
            : items(Files.readString(file, StandardCharsets.UTF_8), 1 << 20);
    long bytes = 0;
    for (String item : items) {
      bytes += item.getBytes(StandardCharsets.UTF_8).length;
    }
    PiiDetector detector = new PiiDetector();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long findings = 0;
    for (int i = 0; i < warmup; i++) {
      findings = pass(detector, items);
    }
    long digest = digest(detector, items);
    double[] seconds = new double[args.length > 2 ? Integer.parseInt(args[2]) : 7];
    for (int i = 0; i < seconds.length; i++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      pass(detector, items);
      seconds[i] = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
    }
    System.out.println("passes: " + Arrays.toString(seconds));
    Arrays.sort(seconds);
    double median = seconds[seconds.length / 2];
    System.out.printf(
        Locale.ROOT,
        "detector alone: %.3f CPU s per pass (min %.3f), %.1f MB/s per core"
            + " (%d text bytes, %d items, %d findings, digest %016x)%n",
        median,
        seconds[0],
        bytes / 1e6 / median,
        bytes,
        items.size(),
        findings,
        digest);
  }

  /** A hash of every finding and count, so that two builds' outputs can be compared at a glance. */
  private static long digest(PiiDetector detector, List<String> items) {
    long h = 1;
    for (String item : items) {
      Findings f = detector.find(item);
      h = 31 * h + f.pii().hashCode();
      h = 31 * h + f.sensitive().hashCode();
    }
    return h;
  }

  private static long pass(PiiDetector detector, List<String> items) {
    long n = 0;
    for (String item : items) {
      Findings f = detector.find(item);
      n += f.pii().size();
    }
    return n;
  }

  /** The {@code text} field of each line of a JSONL file (lines without one are skipped). */
  private static List<String> records(Path file) throws IOException {
    List<String> items = new ArrayList<>();
    JsonFactory json = new JsonFactory();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        String text = text(json, line);
        if (text != null && !text.isEmpty()) {
          items.add(text);
        }
      }
    }
    return items;
  }

  private static String text(JsonFactory json, String line) throws IOException {
    try (JsonParser p = json.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("text".equals(name) && value == JsonToken.VALUE_STRING) {
          return p.getText();
        }
        p.skipChildren();
      }
      return null;
    }
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
