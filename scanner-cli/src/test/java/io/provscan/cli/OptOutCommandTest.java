package io.provscan.cli;

import static io.provscan.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.cli.CliTest.Run;
import io.provscan.internal.Json;
import io.provscan.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class OptOutCommandTest {
  @TempDir Path dir;
  Path robots;
  Path pages;

  static final String PAGE = "https://news.example/2026/story.html";

  @BeforeEach
  void crawl() throws IOException {
    robots = dir.resolve("crawl/robotstxt.warc");
    pages = dir.resolve("crawl/pages.warc");
    Files.createDirectories(robots.getParent());
    warc(robots, "https://news.example/robots.txt", "", "User-agent: GPTBot\nDisallow: /\n");
    warc(
        pages,
        PAGE,
        "Content-Type: text/html\r\nX-Robots-Tag: noai\r\n",
        "<html><head><title>Story</title><meta name=\"tdm-reservation\" content=\"1\"></head>"
            + "<body><p>A story.</p></body></html>");
  }

  static void warc(Path file, String url, String headers, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    String head = "HTTP/1.1 200 OK\r\n" + headers + "Content-Length: " + b.length + "\r\n\r\n";
    block.write(head.getBytes(StandardCharsets.ISO_8859_1));
    block.write(b);
    try (WarcWriter w = new WarcWriter(Files.newOutputStream(file))) {
      w.write(
          new WarcResponse.Builder(URI.create(url))
              .body(MediaType.HTTP_RESPONSE, block.toByteArray())
              .build());
    }
  }

  @Test
  void explainsAUrlSignalBySignalFromWarcCaptures() {
    Run r = run("optout", PAGE, "--warc", robots.toString(), pages.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("RESERVED"), r.out());
    assertTrue(
        r.out().contains("robots-txt") && r.out().contains("Disallow: / (User-agent: GPTBot)"),
        r.out());
    assertTrue(r.out().contains("x-robots-tag"), r.out());
    assertTrue(r.out().contains("tdmrep"), r.out());
    assertTrue(r.out().contains("captured in pages.warc#1"), r.out());
    assertTrue(r.out().contains("robotstxt.warc#1"), r.out());
  }

  /** Both commands check site-policy options the same way (one check, in OptOutSettings). */
  @Test
  void badSitePolicyOptionsAreUsageErrorsNamingTheOption() {
    String missing = dir.resolve("no-such-folder").toString();
    Run explain = run("optout", PAGE, "--site-policies", missing);
    assertEquals(2, explain.code(), explain.err());
    assertTrue(explain.err().contains("--site-policies '" + missing + "' is not a folder"));
    Run scan =
        run(
            "scan",
            dir.toString(),
            "--out",
            dir.resolve("o").toString(),
            "--site-policies",
            missing);
    assertEquals(2, scan.code(), scan.err());
    assertTrue(scan.err().contains("--site-policies '" + missing + "' is not a folder"));
    Run pacing =
        run(
            "scan",
            dir.toString(),
            "--out",
            dir.resolve("o").toString(),
            "--fetch-interval",
            "11m");
    assertEquals(2, pacing.code(), pacing.err());
    assertTrue(pacing.err().contains("--fetch-interval must be between 0s and 10m"), pacing.err());
  }

  @Test
  void explainsFromASitePoliciesFolderAsJson() throws IOException {
    Path host = Files.createDirectories(dir.resolve("policies/news.example/.well-known"));
    Files.writeString(host.resolve("tdmrep.json"), "[{\"location\":\"/\",\"tdm-reservation\":0}]");
    Files.writeString(host.getParent().resolve("robots.txt"), "User-agent: *\nAllow: /\n");
    Run r = run("optout", PAGE, "--site-policies", dir.resolve("policies").toString(), "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode j = Json.mapper().readTree(r.out());
    assertFalse(j.get("reserved").asBoolean(), r.out());
    assertEquals("folder", j.at("/policies/robots.txt/from").asText());
    assertEquals("tdm-reservation=0", j.at("/signals/1/value").asText(), r.out());
  }

  @Test
  void aUrlThatIsNotHttpIsAUsageError() {
    Run r = run("optout", "ftp://news.example/x");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("ftp://news.example/x"), r.err());
    Run missing = run("optout", PAGE, "--site-policies", dir.resolve("nope").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("nope"), missing.err());
  }

  @Test
  void aScanFindsReservedPagesByIndexFieldAndNoOptoutSwitchesTheStageOff() throws IOException {
    Path out = dir.resolve("out");
    Run scan = run("scan", dir.resolve("crawl").toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, scan.code(), scan.err());
    Run search = run("search", "--out", out.toString(), "reserved:true AND signal:robots-txt");
    assertEquals(0, search.code(), search.err());
    assertTrue(search.out().contains("pages.warc#1"), search.out());
    JsonNode summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
    assertEquals(1, summary.at("/optOut/reservedPages").asLong());

    Run off =
        run(
            "scan",
            dir.resolve("crawl").toString(),
            "--out",
            out.toString(),
            "--quiet",
            "--no-optout");
    assertEquals(0, off.code(), off.err());
    summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
    assertTrue(summary.path("optOut").isMissingNode());
  }

  /** The demo corpus shows opt-out findings, with robots.txt captured apart from the pages. */
  @Test
  void theDemoCrawlShowsReservedPagesPerHost() throws IOException {
    System.setProperty("provscan.home", Fixtures.repo().toString());
    Path out = dir.resolve("demo-out");
    Run r = run("scan", "--out", out.toString(), "--quiet", "--no-index");
    assertEquals(0, r.code(), r.err());
    JsonNode o = Json.mapper().readTree(out.resolve("summary.json").toFile()).get("optOut");
    // five crawled pages, and the four rows of the dataset's URL list (items with URLs too)
    assertEquals(9, o.get("pages").asLong(), o.toString());
    assertEquals(4, o.get("reservedPages").asLong(), o.toString());
    assertEquals(3, o.at("/hosts/images.example.org/pages").asLong(), o.toString());
    JsonNode news = o.at("/hosts/news.example.com");
    assertTrue(news.get("policies").toString().contains("robotstxt.warc.gz#1"), news.toString());
    assertEquals("[\"GPTBot\",\"CCBot\"]", news.at("/agents/fullyBlocked").toString());
    assertEquals(0, o.at("/hosts/blog.example.org/reservedPages").asLong());
  }
}
