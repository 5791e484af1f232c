package io.provscan.detect.optout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.provscan.detect.optout.Warcs.Page;
import io.provscan.internal.Json;
import io.provscan.scan.ScanOptions;
import io.provscan.scan.Scanner;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --fetch-site-policies} against a server on loopback: once per host, paced, named. */
class PolicyFetchTest {
  @TempDir Path dir;
  HttpServer server;
  String origin;
  final List<String> paths = new CopyOnWriteArrayList<>();
  final List<String> agents = new CopyOnWriteArrayList<>();
  final List<Long> times = new CopyOnWriteArrayList<>();
  volatile long robotsDelayMillis;
  final ExecutorService pool = Executors.newCachedThreadPool();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(pool); // a slow answer must not hold up the next request
    server.start();
    origin = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    pool.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    paths.add(path);
    agents.add(ex.getRequestHeaders().getFirst("User-Agent"));
    times.add(System.nanoTime());
    if (path.equals("/robots.txt")) {
      sleep(robotsDelayMillis);
      reply(ex, 200, "User-agent: GPTBot\nDisallow: /\n");
    } else if (path.equals("/.well-known/tdmrep.json")) {
      reply(ex, 200, "[{\"location\":\"/\",\"tdm-reservation\":1}]");
    } else {
      reply(ex, 404, "not here");
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void reply(HttpExchange ex, int status, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  private JsonNode scan(Duration interval, Duration timeout) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("crawl"));
    Warcs.write(
        corpus.resolve("pages.warc"),
        Page.of(origin + "/a.html", OptOutScanTest.html("A"), "Content-Type", "text/html"),
        Page.of(origin + "/b.html", OptOutScanTest.html("B"), "Content-Type", "text/html"),
        Page.of(origin + "/c/d.html", OptOutScanTest.html("D"), "Content-Type", "text/html"));
    ScanOptions options =
        ScanOptions.builder()
            .root(corpus)
            .out(dir.resolve("out"))
            .threads(3)
            .index(false)
            .fetchSitePolicies(true)
            .allowPrivateHosts(true) // the test server is on loopback
            .fetchPacing(interval, timeout)
            .build();
    new Scanner(options).run();
    return Json.mapper().readTree(dir.resolve("out/summary.json").toFile());
  }

  @Test
  void fetchesEachPolicyOnceWithItsUserAgentAndPacesRequestsToTheHost() throws Exception {
    JsonNode summary = scan(Duration.ofMillis(200), Duration.ofSeconds(5));
    assertEquals(List.of("/robots.txt", "/.well-known/tdmrep.json", "/ai.txt"), paths);
    agents.forEach(a -> assertTrue(a.startsWith("provscan/"), a));
    // each request starts 200 ms after the previous one ended, so the host sees them that far apart
    long span = (times.get(2) - times.get(0)) / 1_000_000;
    assertTrue(span >= 400, "three requests within " + span + " ms");
    JsonNode host = summary.at("/optOut/hosts/127.0.0.1");
    assertEquals(3, host.get("pages").asLong());
    assertEquals(3, host.get("reservedPages").asLong());
    assertEquals("GPTBot", host.at("/agents/fullyBlocked/0").asText());
    assertTrue(
        host.at("/policies/" + (origin + "/robots.txt").replace("/", "~1"))
            .asText()
            .contains("fetched"));
  }

  @Test
  void aFetchThatTimesOutIsReportedAndTheScanGoesOn() throws Exception {
    robotsDelayMillis = 2_000;
    JsonNode summary = scan(Duration.ZERO, Duration.ofMillis(300));
    JsonNode host = summary.at("/optOut/hosts/127.0.0.1");
    assertEquals(3, host.get("pages").asLong());
    String warnings = host.get("warnings").toString();
    assertTrue(warnings.contains("/robots.txt failed"), warnings);
    assertTrue(host.get("agents").isNull(), "an unknown robots.txt classifies no agent");
    assertFalse(summary.at("/optOut/signals/tdmrep").isMissingNode(), "tdmrep.json still read");
  }
}
