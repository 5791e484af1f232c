import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.provscan.detect.DetectorInput;
import io.provscan.detect.LicenseFinding;
import io.provscan.detect.license.LicenseDetector;
import io.provscan.detect.license.LicenseKnowledge;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Identification time per licence text, warm: every SPDX licence and exception text (read from
 * the java-spdx-library jar's bundled JSON) and every model-licence text of a folder, each
 * identified ROUNDS times after WARMUP rounds; the per-text median is kept, and the median, p90 and
 * maximum over texts are printed, with the catalogue's start-up cost.
 *
 *   java -cp provscan.jar bench/LicenseIdBench.java SPDX_JAR MODEL_LICENSE_DIR [ROUNDS] [WARMUP]
 */
public class LicenseIdBench {
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    long t0 = System.nanoTime();
    LicenseKnowledge knowledge = LicenseKnowledge.get();
    long startup = System.nanoTime() - t0;
    LicenseDetector detector = new LicenseDetector(knowledge);
    Map<String, String> spdx = spdxTexts(Path.of(args[0]));
    Map<String, String> models = new LinkedHashMap<>();
    try (Stream<Path> s = Files.list(Path.of(args[1]))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        models.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "catalogue start-up (load + compile, once per scan): %d ms%s%n",
        startup / 1_000_000,
        knowledge.compiledAtStartup() ? " (templates compiled at start-up)" : "");
    for (int w = 0; w < warmup; w++) {
      run(detector, spdx, 1);
      run(detector, models, 1);
    }
    report("SPDX licence and exception texts", run(detector, spdx, rounds));
    report("model-licence texts", run(detector, models, rounds));
    List<Long> all = new ArrayList<>(run(detector, spdx, rounds));
    all.addAll(run(detector, models, rounds));
    report("all licence texts", all);
  }

  private static List<Long> run(LicenseDetector d, Map<String, String> texts, int rounds) {
    List<Long> medians = new ArrayList<>();
    for (String text : texts.values()) {
      long[] t = new long[rounds];
      for (int r = 0; r < rounds; r++) {
        long s = System.nanoTime();
        List<LicenseFinding> f = d.find(DetectorInput.ofText("LICENSE", text));
        t[r] = System.nanoTime() - s;
        if (f.size() > 1000) {
          throw new IllegalStateException(); // keeps the result alive
        }
      }
      Arrays.sort(t);
      medians.add(t[rounds / 2]);
    }
    return medians;
  }

  private static void report(String what, List<Long> nanos) {
    List<Long> s = new ArrayList<>(nanos);
    s.sort(null);
    System.out.printf(
        Locale.ROOT,
        "%-34s %4d texts: median %.2f ms, p90 %.2f ms, max %.1f ms%n",
        what,
        s.size(),
        s.get(s.size() / 2) / 1e6,
        s.get(s.size() * 9 / 10) / 1e6,
        s.get(s.size() - 1) / 1e6);
  }

  static Map<String, String> spdxTexts(Path jar) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> out = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> e = zip.entries();
      while (e.hasMoreElements()) {
        ZipEntry z = e.nextElement();
        String n = z.getName();
        if (!n.startsWith("resources/stdlicenses/") || !n.endsWith(".json") || n.contains("/licenses.json")
            || n.contains("/exceptions.json")) {
          continue;
        }
        JsonNode node = json.readTree(zip.getInputStream(z));
        String text =
            node.has("licenseText")
                ? node.get("licenseText").asText()
                : node.path("licenseExceptionText").asText("");
        if (!text.isBlank()) {
          out.put(n, text);
        }
      }
    }
    return out;
  }
}
