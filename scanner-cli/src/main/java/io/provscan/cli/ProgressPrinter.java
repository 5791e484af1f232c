package io.provscan.cli;

import io.provscan.internal.NamedThreadFactory;
import io.provscan.internal.Sizes;
import io.provscan.scan.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Shows a scan's progress on standard error: a live line rewritten in place on a terminal, a plain
 * line every {@value #PLAIN_EVERY_MS} ms otherwise.
 */
final class ProgressPrinter implements AutoCloseable {
  /** Refresh of the live line, ms: {@value}. */
  static final long LIVE_EVERY_MS = 250;

  /** Interval of plain lines when stderr is not a terminal, ms: {@value}. */
  static final long PLAIN_EVERY_MS = 10_000;

  private final Supplier<Progress> progress;
  private final PrintWriter err;
  private final boolean live;
  private final Thread thread;
  private volatile boolean stopped;

  ProgressPrinter(Supplier<Progress> progress, PrintWriter err, boolean live) {
    this.progress = progress;
    this.err = err;
    this.live = live;
    this.thread = new NamedThreadFactory("provscan-progress").newThread(this::loop);
    thread.start();
  }

  private void loop() {
    long every = live ? LIVE_EVERY_MS : PLAIN_EVERY_MS;
    try {
      while (!stopped) {
        Thread.sleep(every);
        if (!stopped) {
          print(progress.get());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void print(Progress p) {
    String line = line(p);
    if (live) {
      err.print("\r" + line + "\033[K");
    } else {
      err.println(line);
    }
    err.flush();
  }

  static String line(Progress p) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "provscan: %,d items", p.items()));
    sb.append(" · ").append(Sizes.format(p.bytesRead()));
    if (p.totalBytes() >= 0) {
      sb.append(" of ").append(Sizes.format(p.totalBytes()));
    }
    sb.append(String.format(Locale.ROOT, " · %.1f items/s", p.itemsPerSecond()));
    sb.append(" · ").append(Sizes.format((long) p.bytesPerSecond())).append("/s");
    if (p.failed() > 0) {
      sb.append(String.format(Locale.ROOT, " · %,d failed", p.failed()));
    }
    long eta = p.etaSeconds();
    if (eta >= 0) {
      sb.append(String.format(Locale.ROOT, " · ETA %d:%02d", eta / 60, eta % 60));
    }
    return sb.toString();
  }

  @Override
  public synchronized void close() {
    stopped = true;
    thread.interrupt();
    if (live) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
