package io.provscan.detect.optout;

import io.provscan.sitepolicy.Origins;
import io.provscan.sitepolicy.SiteSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * The site policies of one scan: each origin's files are read from the scan's sources and parsed
 * once, on first use, by the first worker that needs them; other workers wanting the same origin
 * wait for that result. Thread-safe.
 */
public final class SitePolicies {
  private final SiteSource source;
  private final AgentRegistry registry;
  private final ConcurrentHashMap<String, CompletableFuture<SitePolicy>> byOrigin =
      new ConcurrentHashMap<>();

  /** Policies read from {@code source}, judged for the agents of {@code registry}. */
  public SitePolicies(SiteSource source, AgentRegistry registry) {
    this.source = source;
    this.registry = registry;
  }

  /** The registry the policies are judged for. */
  public AgentRegistry registry() {
    return registry;
  }

  /** The policy of the URL's origin; empty for a URL that is not http(s). */
  public Optional<SitePolicy> forUrl(String url) {
    return Origins.of(url).map(this::forOrigin);
  }

  /** The policy of an origin, loading it on first use. */
  public SitePolicy forOrigin(String origin) {
    CompletableFuture<SitePolicy> known = byOrigin.get(origin);
    if (known != null && known.isDone()) {
      return known.join(); // the common case: a map lookup
    }
    CompletableFuture<SitePolicy> mine = new CompletableFuture<>();
    known = byOrigin.putIfAbsent(origin, mine);
    if (known == null) {
      mine.complete(load(origin));
      return mine.join();
    }
    try {
      return known.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SitePolicy.failed(origin, "interrupted while waiting for the site policy", registry);
    } catch (ExecutionException e) {
      return SitePolicy.failed(origin, "site policy failed: " + e.getCause(), registry);
    }
  }

  /** The policy of an origin if it was already loaded; never loads. */
  public Optional<SitePolicy> loaded(String origin) {
    CompletableFuture<SitePolicy> f = byOrigin.get(origin);
    return f == null || !f.isDone() ? Optional.empty() : Optional.of(f.join());
  }

  /** Every policy loaded so far. */
  public List<SitePolicy> all() {
    List<SitePolicy> out = new ArrayList<>();
    byOrigin.values().stream().filter(CompletableFuture::isDone).forEach(f -> out.add(f.join()));
    return out;
  }

  private SitePolicy load(String origin) {
    try {
      return SitePolicy.of(source.files(origin), registry);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SitePolicy.failed(origin, "interrupted while reading the site policy", registry);
    } catch (RuntimeException e) {
      return SitePolicy.failed(origin, "site policy not understood: " + e, registry);
    }
  }
}
