package io.provscan.detect.optout;

import io.provscan.detect.Detector;
import io.provscan.detect.DetectorInput;
import io.provscan.detect.Findings;
import io.provscan.detect.OptOut;
import io.provscan.detect.OptOut.Signal;
import io.provscan.sitepolicy.Origins;
import io.provscan.sitepolicy.SiteSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * Judges one item's opt-out status: its site's policies for its URL (each file read by its {@link
 * PolicyFileReader}: robots.txt per AI agent with Content-Signal and Content-Usage, tdmrep.json,
 * ai.txt), then its own HTTP headers, HTML meta tags and embedded metadata (each signal read by a
 * {@link PageSignalReader}, in the order of {@link PageSignalReaders}). The item is reserved when
 * any signal reserves it (see {@link io.provscan.detect.OptOut}). Stateless per item; the site
 * policies are shared and loaded once per origin. It reads no file and makes no request of its own:
 * the site-policy stage ({@code io.provscan.sitepolicy}) gathers what it looks up.
 */
public final class OptOutDetector implements Detector {
  private final SitePolicies sites;
  private final LongAdder judgeNanos = new LongAdder();
  private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

  /**
   * A detector over the given sources (gathered beforehand by the site-policy stage).
   *
   * @param sources where site policies come from
   * @param registry the AI agents judged
   */
  public OptOutDetector(SiteSource sources, AgentRegistry registry) {
    this.sites = new SitePolicies(sources, registry);
  }

  /** The site policies this detector reads (shared with the summary). */
  public SitePolicies sites() {
    return sites;
  }

  @Override
  public String name() {
    return "optout";
  }

  /**
   * CPU time spent so far judging items (all workers), in milliseconds. CPU time, not wall time, so
   * that other work on a busy machine does not count; 0 where the JVM cannot measure a thread's CPU
   * time.
   */
  public Map<String, Long> timings() {
    return Map.of("judgeCpuMs", judgeNanos.sum() / 1_000_000);
  }

  @Override
  public Findings detect(DetectorInput input) {
    long start = cpuNanos();
    try {
      return judge(input);
    } finally {
      judgeNanos.add(cpuNanos() - start);
    }
  }

  @Override
  public void reuse(String url) {
    Origins.parts(url).filter(p -> !p.isPolicyFile()).ifPresent(p -> sites.forOrigin(p.origin()));
  }

  private long cpuNanos() {
    return cpu.isCurrentThreadCpuTimeSupported() ? cpu.getCurrentThreadCpuTime() : 0;
  }

  private Findings judge(DetectorInput input) {
    ItemEvidence found = new ItemEvidence(sites.registry());
    Optional<Origins.Parts> parts = Origins.parts(input.url());
    // a site's own policy files are not judged against themselves: they are not content
    if (parts.isPresent() && !parts.get().isPolicyFile()) {
      SitePolicy site = sites.forOrigin(parts.get().origin());
      site.judge(parts.get().pathAndQuery(), input.url(), found);
    }
    for (PageSignalReader reader : PageSignalReaders.ALL) {
      reader.read(input, found);
    }
    List<Signal> signals = found.signals();
    if (signals.isEmpty()) {
      return Findings.EMPTY;
    }
    return Findings.ofOptOut(new OptOut(Signals.reserves(signals), signals));
  }
}
