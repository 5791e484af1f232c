import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The Tika-only baseline of bench/run: parses every regular file under a folder with Tika's
 * AutoDetectParser (same Tika as provscan, same 10 M character limit, same thread count, embedded
 * documents parsed as provscan does) and throws the text away. Run with the provscan jar on the
 * class path: java -cp scanner-cli/target/provscan.jar bench/TikaBaseline.java DIR THREADS
 */
public class TikaBaseline {
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    int threads = Integer.parseInt(args[1]);
    AutoDetectParser parser = new AutoDetectParser();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).collect(Collectors.toList());
    }
    AtomicLong chars = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (Path f : files) {
      pool.submit(() -> parse(parser, f, chars, failed));
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.DAYS);
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf("baseline: %d files, %d chars, %d failed, %.1f s%n", files.size(), chars.get(), failed.get(), s);
  }

  static void parse(AutoDetectParser parser, Path f, AtomicLong chars, AtomicLong failed) {
    Metadata md = new Metadata();
    md.set(TikaCoreProperties.RESOURCE_NAME_KEY, f.getFileName().toString());
    BodyContentHandler handler = new BodyContentHandler(10_000_000);
    ParseContext context = new ParseContext();
    context.set(Parser.class, parser);
    try (InputStream in = TikaInputStream.get(f, md)) {
      parser.parse(in, handler, md, context);
    } catch (Exception | StackOverflowError e) {
      failed.incrementAndGet();
    }
    chars.addAndGet(handler.toString().length());
  }
}
