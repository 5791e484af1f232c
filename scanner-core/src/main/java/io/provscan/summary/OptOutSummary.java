package io.provscan.summary;

import io.provscan.detect.OptOut;
import io.provscan.detect.optout.Blocking;
import io.provscan.detect.optout.OptOutDetector;
import io.provscan.detect.optout.SitePolicies;
import io.provscan.detect.optout.SitePolicy;
import io.provscan.internal.Counter;
import io.provscan.record.ItemRecord;
import io.provscan.record.SummarySection;
import io.provscan.sitepolicy.Origins;
import io.provscan.sitepolicy.WarcPolicyPrePass;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The {@code optOut} section of {@code summary.json}: reserved items and signals over the whole
 * scan, and per host the pages, reserved pages, signals present, the policy files found and how far
 * robots.txt blocks each AI agent (fully / partly / not, the all/some/none classification of the
 * "Consent in Crisis" audit). Policy files themselves (robots.txt, …) are not counted as pages.
 */
public final class OptOutSummary implements SummarySection {
  /** Hosts listed in detail at most: {@value}; the rest are counted in {@code hostsOmitted}. */
  public static final int MAX_HOSTS = 10_000;

  /** The key of this section in {@code summary.json}. */
  public static final String KEY = "optOut";

  private final SitePolicies sites;
  private final OptOutDetector detector;
  private final WarcPolicyPrePass prePass;
  private final LongAdder items = new LongAdder();
  private final LongAdder reservedItems = new LongAdder();
  private final Counter signals = new Counter();
  private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

  /** A summary over the policies and timings of the detector and the site-policy pre-pass. */
  public OptOutSummary(OptOutDetector detector, WarcPolicyPrePass prePass) {
    this.prePass = prePass;
    this.sites = detector.sites();
    this.detector = detector;
  }

  private static final class Host {
    final LongAdder pages = new LongAdder();
    final LongAdder reserved = new LongAdder();
    final Counter signals = new Counter();
    final Set<String> origins = ConcurrentHashMap.newKeySet();
  }

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public void accept(ItemRecord r) {
    if (r.isContainer()) {
      return;
    }
    OptOut o = r.optOut();
    items.increment();
    if (o.reserved()) {
      reservedItems.increment();
    }
    Set<String> types = new HashSet<>();
    o.signals().forEach(s -> types.add(s.type()));
    types.forEach(signals::increment);
    Origins.parts(r.url()).filter(p -> !p.isPolicyFile()).ifPresent(p -> page(p, o, types));
  }

  private void page(Origins.Parts parts, OptOut o, Set<String> types) {
    Host h = hosts.computeIfAbsent(parts.host(), k -> new Host());
    h.origins.add(parts.origin());
    h.pages.increment();
    if (o.reserved()) {
      h.reserved.increment();
    }
    types.forEach(h.signals::increment);
  }

  @Override
  public OptOutTotals snapshot() {
    long pages = hosts.values().stream().mapToLong(h -> h.pages.sum()).sum();
    long reservedPages = hosts.values().stream().mapToLong(h -> h.reserved.sum()).sum();
    Map<String, Map<String, Long>> agents = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Map<String, OptOutTotals.HostTotals> detail = new TreeMap<>();
    for (Map.Entry<String, Host> e : new TreeMap<>(hosts).entrySet()) {
      OptOutTotals.HostTotals host = host(e.getValue(), agents);
      if (detail.size() < MAX_HOSTS) {
        detail.put(e.getKey(), host);
      }
    }
    Map<String, Long> timings = new TreeMap<>(detector.timings());
    timings.put("prePassCpuMs", prePass.cpuMillis());
    return new OptOutTotals(
        items.sum(),
        reservedItems.sum(),
        pages,
        reservedPages,
        signals.snapshot(),
        agents,
        detail,
        Math.max(0, hosts.size() - MAX_HOSTS),
        prePass.notes(),
        timings);
  }

  private OptOutTotals.HostTotals host(Host h, Map<String, Map<String, Long>> agents) {
    Map<String, String> files = new TreeMap<>();
    List<String> warnings = new ArrayList<>();
    Map<String, Blocking> blocking = new LinkedHashMap<>();
    for (String origin : h.origins) {
      sites.loaded(origin).ifPresent(p -> merge(p, files, warnings, blocking));
    }
    blocking.forEach(
        (agent, b) ->
            agents.computeIfAbsent(agent, a -> new TreeMap<>()).merge(b.key(), 1L, Long::sum));
    return new OptOutTotals.HostTotals(
        h.pages.sum(), h.reserved.sum(), h.signals.snapshot(), files, byClass(blocking), warnings);
  }

  private void merge(
      SitePolicy p,
      Map<String, String> files,
      List<String> warnings,
      Map<String, Blocking> blocking) {
    p.files().forEach((kind, f) -> files.put(f.url(), f.status() + " (" + f.from() + ")"));
    warnings.addAll(p.warnings());
    p.blocking(sites.registry()).forEach((agent, b) -> blocking.merge(agent, b, Blocking::max));
  }

  /** {fullyBlocked: [...], partlyBlocked: [...], notBlocked: [...]}, or null without robots.txt. */
  private static Map<String, List<String>> byClass(Map<String, Blocking> blocking) {
    if (blocking.isEmpty()) {
      return null;
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Blocking b : Blocking.values()) {
      out.put(b.key(), new ArrayList<>());
    }
    blocking.forEach((agent, b) -> out.get(b.key()).add(agent));
    return out;
  }
}
