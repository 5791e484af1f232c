import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.provscan.detect.DetectorInput;
import io.provscan.detect.license.LicenseDetector;
import java.io.BufferedReader;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The licence detector alone, in one thread, on the "text" fields of a JSONL file (one item per
 * record, as a scan of a FineWeb-like shard sees them). Three warm-up passes, then the median of
 * seven timed passes in CPU time of the thread (the machine is shared; wall time measures the
 * neighbours). Also try it with -XX:TieredStopAtLevel=1, which the launcher uses on small machines.
 *
 * <pre>
 * java -cp scanner-cli/target/provscan.jar bench/LicenseShardBench.java FILE.jsonl          whole detector
 * java -cp scanner-cli/target/provscan.jar bench/LicenseShardBench.java FILE.jsonl finders  each finder alone
 * </pre>
 *
 * The finders are package-private: the per-finder mode reaches them by reflection, which is fine for
 * a bench on the class path (the unnamed module opens everything).
 */
public final class LicenseShardBench {
  private static final int WARMUP = 3;
  private static final int TIMED = 7;

  public static void main(String[] args) throws Throwable {
    List<String> texts = texts(Path.of(args[0]));
    long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    LicenseDetector detector = new LicenseDetector();
    boolean finders = args.length > 1 && args[1].equals("finders");
    Map<String, Pass> passes = finders ? finderPasses(detector) : Map.of("detector", whole(detector));
    for (Map.Entry<String, Pass> e : passes.entrySet()) {
      report(e.getKey(), e.getValue(), texts, bytes);
    }
  }

  /** One timed pass over every text; returns a count to keep the work alive. */
  interface Pass {
    long run(String text) throws Throwable;
  }

  private static Pass whole(LicenseDetector detector) {
    return text -> detector.find(DetectorInput.ofText("shard.jsonl#1", text)).size();
  }

  private static void report(String name, Pass pass, List<String> texts, long bytes)
      throws Throwable {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long count = 0;
    for (int i = 0; i < WARMUP; i++) {
      count = run(pass, texts);
    }
    double[] seconds = new double[TIMED];
    for (int i = 0; i < seconds.length; i++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      run(pass, texts);
      seconds[i] = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
    }
    Arrays.sort(seconds);
    double median = seconds[seconds.length / 2];
    System.out.printf(
        Locale.ROOT,
        "%-10s %.3f CPU s per pass, %7.1f MB/s per core (%d bytes, %d texts, count %d)%n",
        name,
        median,
        bytes / 1e6 / median,
        bytes,
        texts.size(),
        count);
  }

  private static long run(Pass pass, List<String> texts) throws Throwable {
    long n = 0;
    for (String t : texts) {
      n += pass.run(t);
    }
    return n;
  }

  /** The finders of the detector, each timed alone on the same segments the detector reads. */
  private static Map<String, Pass> finderPasses(LicenseDetector detector) throws Exception {
    String pkg = "io.provscan.detect.license.";
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    Object knowledge = detector.knowledge();
    Class<?> windowClass = Class.forName(pkg + "Window");
    Class<?> segmentClass = Class.forName(pkg + "Window$Segment");
    Class<?> tokenizerClass = Class.forName(pkg + "Tokenizer");
    Method windowOf = open(windowClass.getDeclaredMethod("of", String.class));
    MethodHandle segmentFrom = lookup.unreflect(open(segmentClass.getDeclaredMethod("from")));
    MethodHandle segmentTo = lookup.unreflect(open(segmentClass.getDeclaredMethod("to")));
    MethodHandle segmentLine = lookup.unreflect(open(segmentClass.getDeclaredMethod("firstLine")));
    Object tokenizer = open(knowledge.getClass().getDeclaredMethod("reading")).invoke(knowledge);
    MethodHandle tokenize =
        lookup.unreflect(
            open(
                tokenizerClass.getDeclaredMethod(
                    "tokenize", String.class, int.class, int.class, int.class)));
    Object texts = field(detector, "texts");
    Object tags = field(detector, "tags");
    Object references = field(detector, "references");
    Object declared = field(detector, "declared");
    MethodHandle textsFind =
        lookup.unreflect(
            open(texts.getClass().getDeclaredMethod("find", segmentClass, tokenizerClass)));
    Class<?> keywordsClass = Class.forName(pkg + "Keywords");
    Class<?> hitsClass = Class.forName(pkg + "Keywords$Hits");
    var keywordsField = LicenseDetector.class.getDeclaredField("KEYWORDS");
    keywordsField.setAccessible(true);
    Object keywords = keywordsField.get(null);
    MethodHandle scan =
        lookup.unreflect(open(keywordsClass.getDeclaredMethod("scan", segmentClass)));
    MethodHandle tagsFind =
        lookup.unreflect(
            open(tags.getClass().getDeclaredMethod("find", segmentClass, hitsClass, Map.class)));
    MethodHandle refsFind =
        lookup.unreflect(
            open(
                references
                    .getClass()
                    .getDeclaredMethod("find", segmentClass, hitsClass, Map.class)));
    MethodHandle declaredFind =
        lookup.unreflect(
            open(declared.getClass().getDeclaredMethod("find", DetectorInput.class)));

    Map<String, Pass> out = new LinkedHashMap<>();
    out.put("window", text -> ((List<?>) windowOf.invoke(null, text)).size());
    out.put(
        "tokenize",
        text -> {
          long n = 0;
          for (Object s : (List<?>) windowOf.invoke(null, text)) {
            Object tokens =
                tokenize.invoke(
                    tokenizer,
                    text,
                    (int) segmentFrom.invoke(s),
                    (int) segmentTo.invoke(s),
                    (int) segmentLine.invoke(s));
            n += tokens.hashCode() & 1;
          }
          return n;
        });
    out.put(
        "fulltext",
        text -> {
          long n = 0;
          for (Object s : (List<?>) windowOf.invoke(null, text)) {
            n += ((List<?>) textsFind.invoke(texts, s, tokenizer)).size();
          }
          return n;
        });
    out.put(
        "tags",
        text -> {
          Map<Object, Object> found = new LinkedHashMap<>();
          for (Object s : (List<?>) windowOf.invoke(null, text)) {
            tagsFind.invoke(tags, s, scan.invoke(keywords, s), found);
          }
          return found.size();
        });
    out.put(
        "references",
        text -> {
          Map<Object, Object> found = new LinkedHashMap<>();
          for (Object s : (List<?>) windowOf.invoke(null, text)) {
            refsFind.invoke(references, s, scan.invoke(keywords, s), found);
          }
          return found.size();
        });
    out.put(
        "declared",
        text ->
            ((List<?>) declaredFind.invoke(declared, DetectorInput.ofText("shard.jsonl#1", text)))
                .size());
    out.put("detector", whole(detector));
    return out;
  }

  private static Method open(Method m) {
    m.setAccessible(true);
    return m;
  }

  private static Object field(Object o, String name) throws Exception {
    var f = o.getClass().getDeclaredField(name);
    f.setAccessible(true);
    return f.get(o);
  }

  /** The "text" field of every line of a JSONL file. */
  private static List<String> texts(Path file) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode text = line.isBlank() ? null : json.readTree(line).get("text");
        if (text != null && text.isTextual()) {
          out.add(text.asText());
        }
      }
    }
    return out;
  }
}
