package io.provscan.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.provscan.source.Contents;
import io.provscan.source.HttpInfo;
import io.provscan.source.Item;
import io.provscan.source.WarcInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlCaptureTest {
  static final ExtractionLimits LIMITS =
      new ExtractionLimits(10_000_000, 256L << 20, Duration.ofSeconds(30), 10, 1000, 100);
  static final WarcInfo WARC = new WarcInfo("urn:uuid:1", "response", "2026-01-02T03:04:05Z", 0);
  static final String TEXT =
      "<p>The harvest report was read to the council on Tuesday, and the river museum opened"
          + " its new library wing with a festival of music, data and garden history.</p>";
  static final String BODY = "<body><nav><a href=\"/a\">News</a></nav>" + TEXT + "</body></html>";
  static final String XHTML_DOCTYPE =
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\""
          + " \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n";
  static TikaExtractor extractor;

  @BeforeAll
  static void loadTika() {
    extractor = new TikaExtractor(LIMITS);
  }

  /** The page as a crawl captures it: a WARC response with its HTTP headers. */
  static Item capture(String contentType, byte[] body) {
    Map<String, List<String>> headers =
        contentType == null ? Map.of() : Map.of("Content-Type", List.of(contentType));
    return Item.of(
            "/crawl", "crawl.warc#3", "crawl.warc", 1, Contents.bytes(body, body.length, null))
        .withCapture(
            "https://example.org/news/page.html", HttpInfo.captured(200, headers), WARC, List.of());
  }

  /** The same page outside a WARC: the full Tika path, with the same hints. */
  static Item fullPath(Item capture) {
    return capture.withCapture(capture.url(), capture.http(), null, List.of());
  }

  static boolean claimed(Item item) throws IOException {
    try (TikaInputStream tis = TikaInputStream.get(item.content().open())) {
      return HtmlCapture.claims(item, tis);
    }
  }

  static Extracted extract(Item item) {
    return extractor.extract(item, Deadline.in(LIMITS.timeout()));
  }

  static Stream<Arguments> htmlPages() {
    return Stream.of(
        Arguments.of("charset in the header", "text/html; charset=utf-8", page("", "ü")),
        Arguments.of(
            "charset in a meta, not the header",
            "text/html",
            new String(page("<meta charset=\"windows-1252\">", "café"), UTF8)
                .getBytes(java.nio.charset.Charset.forName("windows-1252"))),
        Arguments.of(
            "header and meta disagree",
            "text/html; charset=iso-8859-1",
            page(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">",
                "naïve")),
        Arguments.of(
            "robots and noai metas",
            "text/html; charset=UTF-8",
            page(
                "<meta name=\"robots\" content=\"noai, noimageai\"><meta name=\"tdm-reservation\""
                    + " content=\"1\"><meta name=\"dc.rights\" content=\"CC BY-NC 4.0\">",
                "")),
        Arguments.of(
            "broken HTML",
            "text/html",
            ("<html><head><title>Broken <b>page</title><body><p>open <div><table><td>cell"
                    + TEXT
                    + "<p>&amp &copy; &#xZZ; </i></span>")
                .getBytes(UTF8)),
        Arguments.of(
            "XHTML doctype, HTML header",
            "text/html; charset=utf-8",
            (XHTML_DOCTYPE + "<html><head><title>T</title></head>" + BODY).getBytes(UTF8)),
        Arguments.of(
            "XHTML header, HTML body",
            "application/xhtml+xml",
            page("<meta charset=\"utf-8\">", "ß")),
        Arguments.of(
            "BOM and white space first",
            "text/html",
            ("\uFEFF\n  <html lang=\"de\"><head><title>Grüße</title></head>" + BODY)
                .getBytes(UTF8)));
  }

  static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  static byte[] page(String metas, String accent) {
    return ("<!doctype html><html><head><title>Page "
            + accent
            + "</title>"
            + metas
            + "</head>"
            + BODY.replace("Tuesday", "Tuesday " + accent))
        .getBytes(UTF8);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("htmlPages")
  void readsAnHtmlPageAsTheFullPathDoes(String name, String contentType, byte[] body)
      throws IOException {
    Item page = capture(contentType, body);
    assertTrue(claimed(page), "takes the fast path");
    Extracted fast = extract(page);
    Extracted full = extract(fullPath(page));
    assertFalse(claimed(fullPath(page)));
    assertNull(fast.error());
    assertEquals(full, fast);
    assertEquals("text/html", fast.mediaType());
    assertTrue(fast.text().contains("harvest report") || fast.text().contains("cell"));
  }

  @Test
  void keepsTheMetasTheOptOutDetectorReads() {
    Extracted ex =
        extract(
            capture("text/html", page("<meta name=\"robots\" content=\"noai, noimageai\">", "")));
    assertEquals("noai, noimageai", ex.first("robots"));
    assertEquals("Page", ex.first("dc:title"));
    assertEquals("en", ex.language());
    assertEquals(
        List.of("org.apache.tika.parser.DefaultParser", "org.apache.tika.parser.html.JSoupParser"),
        ex.metadata().get("X-TIKA:Parsed-By"));
  }

  static Stream<Arguments> notClearlyHtml() {
    return Stream.of(
        Arguments.of(
            "JSON under a text/html header", "text/html", "{\"id\": 1, \"text\": \"<p>x</p>\"}"),
        Arguments.of("empty body", "text/html", ""),
        Arguments.of(
            "plain text under text/html", "text/html", "Just some words.\nUser-agent: *\n"),
        Arguments.of("no Content-Type", null, "<!doctype html><html><body>x</body></html>"),
        Arguments.of("an image type", "image/png", "<!doctype html><html><body>x</body></html>"),
        Arguments.of(
            "XHTML with its namespace",
            "application/xhtml+xml",
            "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><title>X</title></head>"
                + BODY),
        Arguments.of(
            "XHTML namespace after an HTML doctype",
            "text/html",
            XHTML_DOCTYPE + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head></head>" + BODY),
        Arguments.of(
            "robots rules in the page",
            "text/html",
            "<html><body><pre>\nUser-agent: *\nDisallow: /\n</pre></body></html>"),
        Arguments.of("a comment first", "text/html", "<!-- generated -->\n<!doctype html>" + BODY),
        Arguments.of(
            "UTF-16",
            "text/html",
            "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_16LE)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notClearlyHtml")
  void leavesAnythingNotClearlyHtmlToTheFullPath(String name, String contentType, Object body)
      throws IOException {
    byte[] bytes = body instanceof byte[] b ? b : ((String) body).getBytes(UTF8);
    Item page = capture(contentType, bytes);
    assertFalse(claimed(page));
    assertEquals(extract(fullPath(page)), extract(page));
  }

  @Test
  void keepsTheFullPathsNestingGuard() throws IOException {
    String deep = "<div>".repeat(300) + TEXT + "</div>".repeat(300);
    Item page = capture("text/html", ("<!doctype html><html><body>" + deep).getBytes(UTF8));
    assertTrue(claimed(page));
    Extracted fast = extract(page);
    assertEquals(extract(fullPath(page)), fast);
    assertNotNull(fast.sha256());
  }

  @Test
  void cutsTextAtTheLimitAsTheFullPathDoes() throws IOException {
    ExtractionLimits small =
        new ExtractionLimits(100, 256L << 20, Duration.ofSeconds(30), 10, 1000, 100);
    TikaExtractor limited = new TikaExtractor(small);
    Item page = capture("text/html", page("", ""));
    assertTrue(claimed(page));
    Extracted fast = limited.extract(page, Deadline.in(small.timeout()));
    assertTrue(fast.truncated());
    assertEquals(limited.extract(fullPath(page), Deadline.in(small.timeout())), fast);
  }
}
