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
 *
 * <p>Every request, and every redirect, goes only to an address its {@link AddressGuard} allows;
 * redirects are followed here, not by the client, so each hop is checked, and at most {@value
 * #MAX_REDIRECTS} of them (RFC 9309, 2.3.1.2). A refused or failed fetch is a note of its host.
 */
public final class PolicyFetcher implements SiteSource {
  /** Default time between two requests to one host: 1 second. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

  /** Default time limit per request, connecting included: 10 seconds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /** Redirects followed at most: {@value} (RFC 9309 asks crawlers to follow at least five). */
  public static final int MAX_REDIRECTS = 5;

  private final HttpClient client;
  private final String userAgent;
  private final Duration timeout;
  private final HostPacer pacer;
  private final AddressGuard guard;

  /**
   * A fetcher.
   *
   * @param userAgent the User-Agent header sent, naming provscan and its version
   * @param interval least time from the end of one request to one host to the start of the next
   * @param timeout time limit per request
   * @param guard which addresses requests may go to
   */
  public PolicyFetcher(String userAgent, Duration interval, Duration timeout, AddressGuard guard) {
    this.userAgent = userAgent;
    this.timeout = timeout;
    this.pacer = new HostPacer(interval);
    this.guard = guard;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
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
        notes.add("fetching " + url + " failed: " + (e.getMessage() == null ? e : e.getMessage()));
        found.put(
            kind, new PolicyFile(kind, url, 0, null, new byte[0], Instant.now(), "fetched", null));
      } finally {
        pacer.finished(host);
      }
    }
    return new SiteFiles(origin, found, notes);
  }

  private PolicyFile fetch(PolicyKind kind, String url) throws IOException, InterruptedException {
    URI uri = URI.create(url);
    HttpResponse<InputStream> response = request(uri);
    for (int hops = 0; isRedirect(response); hops++) {
      response.body().close();
      if (hops == MAX_REDIRECTS) {
        throw new IOException("more than " + MAX_REDIRECTS + " redirects from " + url);
      }
      uri = uri.resolve(response.headers().firstValue("Location").orElseThrow());
      response = request(uri);
    }
    byte[] body;
    try (InputStream in = response.body()) {
      body = in.readNBytes(PolicyFile.MAX_BYTES);
    }
    String type = response.headers().firstValue("Content-Type").orElse(null);
    return new PolicyFile(
        kind, url, response.statusCode(), type, body, Instant.now(), "fetched", null);
  }

  /** One request to an address the guard allows. */
  private HttpResponse<InputStream> request(URI uri) throws IOException, InterruptedException {
    guard.check(uri);
    HttpRequest request =
        HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", userAgent).GET().build();
    return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
  }

  /** A 3xx that names where to go (304 and a 3xx without Location end the fetch as they are). */
  private static boolean isRedirect(HttpResponse<?> response) {
    int status = response.statusCode();
    return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
        && response.headers().firstValue("Location").isPresent();
  }
}
