package io.provscan.spark;

import io.provscan.internal.NamedThreadFactory;
import io.provscan.sitepolicy.PolicyCaptures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.hadoop.conf.Configuration;

/**
 * A head start for local mode, where the driver's JVM is the job's only executor: while Spark
 * starts (seconds, mostly one thread loading classes), a thread reads the policy, gathers the
 * site-policy captures and then makes this JVM's scanner ({@link Executors}: Tika, the licence
 * catalogue, the language model), which the first tasks would otherwise make while the other slots
 * wait. On a cluster the driver scans nothing, so nothing starts there.
 *
 * <p>What it made serves only the same options (the policy read here through a default Hadoop
 * configuration, the job's through Spark's); when it fails, the job makes everything itself as it
 * always did, and only the head start is lost.
 */
final class Warmup {
  /**
   * What the warm-up gathered.
   *
   * @param options the options, the policy read
   * @param captures the site-policy captures, or null without opt-outs
   */
  record Made(JobOptions options, PolicyCaptures captures) {}

  private final CompletableFuture<Made> made = new CompletableFuture<>();

  private Warmup() {}

  /** Starts the warm-up when {@code master} runs the job in this JVM ({@code local[...]}). */
  static Warmup startIfLocal(JobOptions options, String master) {
    if (!master.toLowerCase(Locale.ROOT).startsWith("local")) {
      return null;
    }
    Warmup w = new Warmup();
    new NamedThreadFactory("provscan-warmup").newThread(() -> w.run(options)).start();
    return w;
  }

  /**
   * What was gathered for {@code options}, waiting for it; null when it was for others or failed.
   */
  Made made(JobOptions options) throws InterruptedException {
    try {
      Made m = made.get();
      return m.options().equals(options) ? m : null;
    } catch (ExecutionException e) {
      return null;
    }
  }

  private void run(JobOptions given) {
    Made m;
    try {
      JobOptions options = given.readPolicy(new Configuration());
      Path temp = Files.createTempDirectory("provscan-warmup");
      try {
        m = new Made(options, SparkScan.captures(options, temp));
      } finally {
        SparkScan.deleteTree(temp);
      }
    } catch (IOException | RuntimeException e) {
      made.completeExceptionally(e);
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      made.completeExceptionally(e);
      return;
    }
    made.complete(m);
    try {
      Executors.scanner(m.options(), m.captures());
    } catch (UncheckedIOException | IllegalStateException e) {
      // the first task makes the scanner, and reports what stops it
    }
  }
}
