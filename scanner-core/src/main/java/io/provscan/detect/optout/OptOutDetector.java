package io.provscan.detect.optout;

import io.provscan.detect.Detector;
import io.provscan.detect.DetectorInput;
import io.provscan.detect.Findings;
import io.provscan.detect.OptOut;
import io.provscan.detect.OptOut.Signal;
import io.provscan.sitepolicy.Origins;
import io.provscan.sitepolicy.SiteSourceChain;
import io.provscan.source.HttpInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * Judges one item's opt-out status: its site's policies (robots.txt per AI agent, Content-Signal,
 * Content-Usage, tdmrep.json, ai.txt) for its URL, then its own HTTP headers ({@code X-Robots-Tag},
 * {@code tdm-reservation}, {@code Content-Usage}), HTML meta tags and embedded metadata. The item
 * is reserved when any signal reserves it (see {@link io.provscan.detect.OptOut}). Stateless per
 * item; the site policies are shared and loaded once per origin. It reads no file and makes no
 * request of its own: the site-policy stage ({@code io.provscan.sitepolicy}) gathers what it looks
 * up.
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
  public OptOutDetector(SiteSourceChain sources, AgentRegistry registry) {
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

  private long cpuNanos() {
    return cpu.isCurrentThreadCpuTimeSupported() ? cpu.getCurrentThreadCpuTime() : 0;
  }

  private Findings judge(DetectorInput input) {
    List<Signal> signals = new ArrayList<>();
    List<TdmRep.Statement> tdm = new ArrayList<>();
    Optional<Origins.Parts> parts = Origins.parts(input.url());
    if (parts.isPresent() && !parts.get().isPolicyFile()) {
      site(parts.get(), input.url(), signals, tdm);
    }
    if (input.http() != null) {
      headers(input.http(), signals, tdm);
    }
    PageMeta.signals(input.metadata(), sites.registry(), signals, tdm);
    signals.addAll(TdmRep.signals(tdm));
    signals.addAll(MediaMetadata.signals(input.metadata()));
    if (signals.isEmpty()) {
      return Findings.EMPTY;
    }
    return Findings.ofOptOut(new OptOut(Signals.reserves(signals), signals));
  }

  /**
   * The site policy signals for a page. A site's own policy files are not judged against
   * themselves: they are not content.
   */
  private void site(
      Origins.Parts parts, String url, List<Signal> signals, List<TdmRep.Statement> tdm) {
    SitePolicy site = sites.forOrigin(parts.origin());
    signals.addAll(site.judge(parts.pathAndQuery(), url));
    site.tdmrep(parts.pathAndQuery()).ifPresent(tdm::add);
  }

  /** X-Robots-Tag (every header line), tdm-reservation and Content-Usage headers. */
  private static void headers(HttpInfo http, List<Signal> signals, List<TdmRep.Statement> tdm) {
    for (String value : http.header("X-Robots-Tag")) {
      for (RobotsTag.Directive d : RobotsTag.parse(value, null)) {
        signals.add(robotsTag(Signals.X_ROBOTS_TAG, d, "X-Robots-Tag: " + value));
      }
    }
    int reservation = TdmRep.first(http.header("tdm-reservation"));
    if (reservation >= 0) {
      String policy = http.header("tdm-policy").stream().findFirst().orElse(null);
      String evidence =
          "tdm-reservation: " + reservation + (policy == null ? "" : "; tdm-policy: " + policy);
      tdm.add(new TdmRep.Statement("HTTP header", reservation, evidence, null));
    }
    List<String> usage = http.header("Content-Usage");
    if (!usage.isEmpty()) {
      signals.add(contentUsage(usage));
    }
  }

  /** The AIPREF header; RFC 9651 §4.2: several field lines are one field, joined with commas. */
  private static Signal contentUsage(List<String> lines) {
    String joined = String.join(", ", lines);
    ContentUsage u = ContentUsage.parse(joined);
    String note = u.label() == null ? " (no training preference understood: unknown)" : "";
    return Signals.of(
        Signals.CONTENT_USAGE,
        u.scope(),
        List.of(),
        u.value(),
        "Content-Usage: " + joined + note,
        null,
        u.trainAi().effect());
  }

  static Signal robotsTag(String type, RobotsTag.Directive d, String evidence) {
    List<String> agents = d.agent() == null ? List.of() : List.of(d.agent());
    return Signals.of(
        type, Signals.AI_TRAINING, agents, d.directive(), evidence, null, Signals.RESERVES);
  }
}
