package io.provscan.detect.optout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.detect.optout.Warcs.Page;
import io.provscan.internal.Json;
import io.provscan.scan.ScanOptions;
import io.provscan.scan.ScanOptionsBuilder;
import io.provscan.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawl written here, Common Crawl style: the robots.txt, tdmrep.json and ai.txt captures of
 * several hosts in one WARC file, their pages in another. Site policies are gathered from every
 * file before any page is judged.
 */
class OptOutScanTest {
  @TempDir Path dir;
  Path corpus;
  Path out;

  static final String HTML = "text/html; charset=utf-8";

  @BeforeEach
  void crawl() throws IOException {
    corpus = Files.createDirectories(dir.resolve("crawl"));
    out = dir.resolve("out");
    Warcs.write(
        corpus.resolve("a-pages.warc.gz"),
        Page.of("https://news.example/2026/story.html", html("Story"), "Content-Type", HTML),
        Page.of("https://news.example/free/open.html", html("Open"), "Content-Type", HTML),
        Page.of("https://blog.example/post.html", html("Post"), "Content-Type", HTML),
        Page.of("https://down.example/page.html", html("Down"), "Content-Type", HTML),
        Page.of("https://shop.example/private/cart.html", html("Cart"), "Content-Type", HTML),
        Page.of("https://shop.example/catalogue.html", html("Catalogue"), "Content-Type", HTML),
        Page.of(
            "https://art.example/gallery/cat.jpg",
            "not really a jpeg",
            "Content-Type",
            "image/jpeg"),
        Page.of("https://art.example/gallery/index.html", html("Gallery"), "Content-Type", HTML),
        Page.of(
            "https://tags.example/a.html",
            html("Tagged"),
            "Content-Type",
            HTML,
            "X-Robots-Tag",
            "noindex",
            "X-Robots-Tag",
            "GPTBot: noai",
            "Content-Usage",
            "train-ai=n"),
        Page.of("https://folder.example/page.html", html("From the folder"), "Content-Type", HTML));
    Warcs.write(
        corpus.resolve("b-robotstxt.warc.gz"),
        Page.of(
            "https://news.example/robots.txt",
            "User-agent: *\nContent-Signal: search=yes, ai-train=no\nAllow: /\n\n"
                + "User-agent: GPTBot\nDisallow: /\n",
            "Content-Type",
            "text/plain"),
        Page.of(
            "https://news.example/.well-known/tdmrep.json",
            "[{\"location\":\"/free/\",\"tdm-reservation\":0},{\"location\":\"/\",\"tdm-reservation\":1}]",
            "Content-Type",
            "application/json"),
        new Page(
            "https://blog.example/robots.txt",
            404,
            List.of("Content-Type", "text/html"),
            "<h1>no</h1>"),
        new Page("https://down.example/robots.txt", 503, List.of(), "busy"),
        Page.of("https://shop.example/robots.txt", "User-agent: CCBot\nDisallow: /private/\n"),
        Page.of("https://art.example/ai.txt", "# Spawning AI\nUser-Agent: *\nDisallow: *.jpg\n"),
        Page.of("https://art.example/robots.txt", "User-agent: *\nDisallow:\n"));
    Path policies = Files.createDirectories(dir.resolve("policies/folder.example"));
    Files.writeString(
        policies.resolve("robots.txt"), "User-agent: CCBot\nUser-agent: ClaudeBot\nDisallow: /\n");
  }

  static String html(String title) {
    return "<html><head><title>"
        + title
        + "</title></head><body><p>"
        + title
        + " text.</p></body></html>";
  }

  private JsonNode scan(ScanOptionsBuilder b) throws Exception {
    new Scanner(b.root(corpus).out(out).threads(2).index(false).build()).run();
    return Json.mapper().readTree(out.resolve("summary.json").toFile());
  }

  private Map<String, JsonNode> itemsByUrl() throws IOException {
    Map<String, JsonNode> items = new HashMap<>();
    for (String line : Files.readAllLines(out.resolve("items.jsonl"))) {
      JsonNode n = Json.mapper().readTree(line);
      if (n.hasNonNull("url")) {
        items.put(n.get("url").asText(), n);
      }
    }
    return items;
  }

  private static JsonNode signal(JsonNode item, String type) {
    for (JsonNode s : item.path("optOut").path("signals")) {
      if (s.get("type").asText().equals(type)) {
        return s;
      }
    }
    return null;
  }

  @Test
  void judgesPagesAgainstPoliciesCapturedInAnotherWarcFile() throws Exception {
    JsonNode summary = scan(ScanOptions.builder().sitePolicies(dir.resolve("policies")));
    Map<String, JsonNode> items = itemsByUrl();

    JsonNode story = items.get("https://news.example/2026/story.html");
    assertTrue(story.at("/optOut/reserved").asBoolean());
    JsonNode robots = signal(story, "robots-txt");
    assertEquals("disallow", robots.get("value").asText());
    assertEquals("GPTBot", robots.at("/agents/0").asText());
    assertEquals("https://news.example/robots.txt", robots.get("source").asText());
    assertEquals("ai-train=no", signal(story, "content-signal").get("value").asText());
    assertEquals("reserves", signal(story, "tdmrep").get("effect").asText());

    JsonNode open = items.get("https://news.example/free/open.html");
    assertEquals(
        "allows", signal(open, "tdmrep").get("effect").asText(), "first rule matches /free/");
    assertTrue(
        open.at("/optOut/reserved").asBoolean(), "GPTBot and Content-Signal still reserve it");

    JsonNode post = items.get("https://blog.example/post.html");
    assertFalse(post.at("/optOut/reserved").asBoolean());
    assertTrue(signal(post, "robots-txt").get("evidence").asText().contains("404"));

    assertTrue(items.get("https://down.example/page.html").at("/optOut/reserved").asBoolean());
    assertTrue(
        items.get("https://shop.example/private/cart.html").at("/optOut/reserved").asBoolean());
    assertFalse(
        items.get("https://shop.example/catalogue.html").at("/optOut/reserved").asBoolean());

    assertTrue(items.get("https://art.example/gallery/cat.jpg").at("/optOut/reserved").asBoolean());
    JsonNode gallery = items.get("https://art.example/gallery/index.html");
    assertEquals("allow", signal(gallery, "ai-txt").get("value").asText());
    assertFalse(gallery.at("/optOut/reserved").asBoolean());

    JsonNode tagged = items.get("https://tags.example/a.html");
    assertEquals("GPTBot", signal(tagged, "x-robots-tag").at("/agents/0").asText());
    assertEquals("train-ai=n", signal(tagged, "content-usage").get("value").asText());
    assertEquals(2, tagged.at("/optOut/signals").size(), "noindex is not an AI reservation");

    JsonNode fromFolder = items.get("https://folder.example/page.html");
    assertTrue(fromFolder.at("/optOut/reserved").asBoolean());
    assertEquals(List.of("ClaudeBot", "CCBot"), agents(disallow(fromFolder)));

    JsonNode o = summary.get("optOut");
    assertEquals(10, o.get("pages").asLong());
    assertEquals(7, o.get("reservedPages").asLong());
    JsonNode news = o.at("/hosts/news.example");
    assertEquals(2, news.get("pages").asLong());
    assertEquals(2, news.get("reservedPages").asLong());
    assertEquals("GPTBot", news.at("/agents/fullyBlocked/0").asText());
    assertTrue(
        news.at("/policies/https:~1~1news.example~1robots.txt")
            .asText()
            .contains("b-robotstxt.warc.gz#1"));
    JsonNode shop = o.at("/hosts/shop.example/agents/partlyBlocked");
    assertEquals("CCBot", shop.get(0).asText());
    // news.example names GPTBot; down.example's robots.txt answered 503 (complete disallow)
    JsonNode gpt = o.at("/agents/GPTBot");
    assertEquals(2, gpt.get("fullyBlocked").asLong(), gpt.toString());
    assertEquals(4, gpt.get("notBlocked").asLong(), gpt.toString());
    assertTrue(o.at("/hosts/tags.example/agents").isNull(), "no robots.txt known for tags.example");
    // items with an ai.txt signal: the two pages of art.example, not its policy files
    assertEquals(2, o.at("/signals/ai-txt").asLong());
  }

  private static JsonNode disallow(JsonNode item) {
    for (JsonNode s : item.path("optOut").path("signals")) {
      if (s.get("type").asText().equals("robots-txt")
          && s.get("value").asText().equals("disallow")) {
        return s;
      }
    }
    throw new AssertionError("no robots.txt disallow in " + item);
  }

  private static List<String> agents(JsonNode signal) {
    List<String> a = new java.util.ArrayList<>();
    signal.get("agents").forEach(n -> a.add(n.asText()));
    return a;
  }

  @Test
  void badTdmrepJsonIsReportedInTheSummaryAndTheScanGoesOn() throws Exception {
    Warcs.write(
        corpus.resolve("c-bad.warc.gz"),
        Page.of("https://bad.example/.well-known/tdmrep.json", "[{\"location\": \"/\",, }"),
        Page.of("https://bad.example/page.html", html("Bad"), "Content-Type", HTML));
    JsonNode summary = scan(ScanOptions.builder());
    JsonNode warnings = summary.at("/optOut/hosts/bad.example/warnings");
    assertTrue(warnings.get(0).asText().contains("not valid JSON"), warnings.toString());
    assertFalse(
        itemsByUrl().get("https://bad.example/page.html").at("/optOut/reserved").asBoolean());
  }

  @Test
  void withoutTheStageNoItemCarriesSignals() throws Exception {
    JsonNode summary = scan(ScanOptions.builder().optOut(false));
    assertNull(summary.get("optOut"));
    assertFalse(summary.at("/options/optOut").asBoolean());
    for (JsonNode item : itemsByUrl().values()) {
      assertEquals(0, item.at("/optOut/signals").size());
    }
  }

  @Test
  void aMissingSitePoliciesFolderFailsAtStartNamingIt() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> ScanOptions.builder().root(corpus).sitePolicies(dir.resolve("nope")).build());
    assertTrue(e.getMessage().contains("nope"), e.getMessage());
  }
}
