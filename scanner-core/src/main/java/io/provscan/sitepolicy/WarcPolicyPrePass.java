package io.provscan.sitepolicy;

import io.provscan.source.PrePass;
import io.provscan.source.SourceLimits;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/**
 * The site-policy stage of a scan: before any page is judged, collects every policy-file capture in
 * the scan's WARC files ({@link WarcPolicyScan}) and hands them to the scan's {@link
 * SiteSourceChain}, so that the opt-out detector only looks policies up and never reads a file
 * itself.
 */
public final class WarcPolicyPrePass implements PrePass {
  private final SiteSourceChain sources;
  private final List<String> notes = new CopyOnWriteArrayList<>();
  private final LongAdder cpuNanos = new LongAdder();
  private volatile String digest = "";

  /** A pre-pass that fills {@code sources} with the captures it finds. */
  public WarcPolicyPrePass(SiteSourceChain sources) {
    this.sources = sources;
  }

  @Override
  public void prepare(List<Path> roots, SourceLimits limits) throws InterruptedException {
    long start = cpuNanos();
    PolicyCaptures captures = WarcPolicyScan.scan(roots, limits);
    sources.captured(captures);
    digest = captures.digest();
    notes.addAll(captures.notes());
    cpuNanos.add(cpuNanos() - start);
  }

  /**
   * Uses captures gathered elsewhere (a Spark driver's first pass) instead of reading the WARC
   * files here; {@link #prepare} is then not called.
   */
  public void use(PolicyCaptures captures) {
    sources.captured(captures);
    notes.addAll(captures.notes());
    digest = captures.digest();
  }

  @Override
  public String digest() {
    return digest;
  }

  /** WARC files the pre-pass could not read to their end. */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  /** CPU time the pre-pass took, in milliseconds (0 where the JVM cannot measure it). */
  public long cpuMillis() {
    return cpuNanos.sum() / 1_000_000;
  }

  private static long cpuNanos() {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    return cpu.isCurrentThreadCpuTimeSupported() ? cpu.getCurrentThreadCpuTime() : 0;
  }
}
