package io.provscan.sitepolicy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Fetches the policy files of an origin over the network, only when the user asks ({@code
 * --fetch-site-policies}). Every request states provscan's user agent, has a connect and a request
 * time limit, and waits its turn: requests to one host are at least {@code interval} apart. Results
 * are cached by the caller ({@code SitePolicies}), so each origin is fetched once per scan.
 */
public final class PolicyFetcher implements SiteSource {
  /** Default time between two requests to one host: 1 second. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

  /** Default time limit per request, connecting included: 10 seconds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient client;
  private final String userAgent;
  private final Duration timeout;
  private final HostPacer pacer;

  /**
   * A fetcher.
   *
   * @param userAgent the User-Agent header sent, naming provscan and its version
   * @param interval least time from the end of one request to one host to the start of the next
   * @param timeout time limit per request
   */
  public PolicyFetcher(String userAgent, Duration interval, Duration timeout) {
    this.userAgent = userAgent;
    this.timeout = timeout;
    this.pacer = new HostPacer(interval);
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  @Override
  public SiteFiles files(String origin) throws InterruptedException {
    Map<PolicyKind, PolicyFile> found = new EnumMap<>(PolicyKind.class);
    List<String> notes = new ArrayList<>();
    for (PolicyKind kind : PolicyKind.values()) {
      String url = origin + kind.path();
      String host = Origins.host(origin);
      pacer.await(host);
      try {
        found.put(kind, fetch(kind, url));
      } catch (IOException | IllegalArgumentException e) {
        notes.add("fetching " + url + " failed: " + e);
        found.put(
            kind, new PolicyFile(kind, url, 0, null, new byte[0], Instant.now(), "fetched", null));
      } finally {
        pacer.finished(host);
      }
    }
    return new SiteFiles(origin, found, notes);
  }

  private PolicyFile fetch(PolicyKind kind, String url) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(timeout)
            .header("User-Agent", userAgent)
            .GET()
            .build();
    HttpResponse<InputStream> response =
        client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    byte[] body;
    try (InputStream in = response.body()) {
      body = in.readNBytes(PolicyFile.MAX_BYTES);
    }
    String type = response.headers().firstValue("Content-Type").orElse(null);
    return new PolicyFile(
        kind, url, response.statusCode(), type, body, Instant.now(), "fetched", null);
  }
}
