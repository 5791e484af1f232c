package io.provscan.sitepolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Redirects are checked hop by hop. The test server listens on 127.0.0.1, which the guard here
 * treats as public, so a redirect from it to any other loopback, private or link-local address
 * shows the check a public site's redirect would meet.
 */
class PolicyRedirectTest {
  HttpServer server;
  String origin;
  final List<String> paths = new CopyOnWriteArrayList<>();
  volatile String robotsLocation;

  static final AddressGuard SERVER_IS_PUBLIC =
      new AddressGuard(false, a -> a.getHostAddress().equals("127.0.0.1"));

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext("/", this::handle);
    server.start();
    origin = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    paths.add(path);
    if (path.equals("/robots.txt") && robotsLocation != null) {
      ex.getResponseHeaders().add("Location", robotsLocation);
      reply(ex, 302, "");
    } else if (path.startsWith("/hop/")) {
      int n = Integer.parseInt(path.substring(5));
      ex.getResponseHeaders().add("Location", n == 0 ? "/final.txt" : "/hop/" + (n - 1));
      reply(ex, 301, "");
    } else if (path.equals("/final.txt") || path.equals("/robots.txt")) {
      reply(ex, 200, "User-agent: *\nDisallow: /private/\n");
    } else {
      reply(ex, 404, "");
    }
  }

  private static void reply(HttpExchange ex, int status, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  SiteFiles fetch(AddressGuard guard) throws InterruptedException {
    return new PolicyFetcher("provscan/test", Duration.ZERO, Duration.ofSeconds(5), guard)
        .files(origin);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.2:%d/robots.txt",
        "http://[::1]:%d/robots.txt",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.5/robots.txt",
        "file:///etc/passwd"
      })
  void refusesARedirectIntoTheLocalNetworkAndNotesIt(String target) throws Exception {
    robotsLocation = String.format(target, server.getAddress().getPort());
    SiteFiles files = fetch(SERVER_IS_PUBLIC);
    PolicyFile robots = files.file(PolicyKind.ROBOTS_TXT).orElseThrow();
    assertEquals(0, robots.status(), "no answer from the refused target");
    String note = files.notes().get(0);
    assertTrue(note.startsWith("fetching " + origin + "/robots.txt failed: refused "), note);
    assertEquals(List.of("/robots.txt", "/.well-known/tdmrep.json", "/ai.txt"), paths);
  }

  @Test
  void followsFiveRedirectsAndNotASixth() throws Exception {
    robotsLocation = "/hop/3"; // the redirect from robots.txt, then hops 3..0: five in all
    PolicyFile five = fetch(SERVER_IS_PUBLIC).file(PolicyKind.ROBOTS_TXT).orElseThrow();
    assertEquals(200, five.status());
    assertTrue(new String(five.body(), StandardCharsets.UTF_8).contains("Disallow: /private/"));

    robotsLocation = "/hop/4";
    SiteFiles six = fetch(SERVER_IS_PUBLIC);
    assertEquals(0, six.file(PolicyKind.ROBOTS_TXT).orElseThrow().status());
    assertTrue(six.notes().get(0).contains("more than 5 redirects"), six.notes().toString());
  }

  @Test
  void sendsNothingToALoopbackServerUnlessPrivateHostsAreAllowed() throws Exception {
    SiteFiles refused = fetch(AddressGuard.PUBLIC_ONLY);
    assertEquals(List.of(), paths, "not one request reached the server");
    assertEquals(3, refused.notes().size());
    assertTrue(refused.notes().get(0).contains("loopback address"), refused.notes().toString());

    SiteFiles allowed = fetch(AddressGuard.ALLOW_PRIVATE);
    assertEquals(200, allowed.file(PolicyKind.ROBOTS_TXT).orElseThrow().status());
    assertEquals(List.of(), allowed.notes());
  }
}
