package io.provscan.testing;

import io.provscan.testing.Corpus.Capture;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the binary part of the bundled demo corpus ({@code fixtures/demo}): the PDF, the DOCX, the
 * zip and the WARC. The text files there are written by hand. Run it again when the demo needs new
 * kinds of content:
 *
 * <pre>mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
 *   -Dmdep.includeScope=test
 * java -cp "$(cat scanner-core/target/cp.txt):scanner-core/target/classes:scanner-core/target/test-classes" \
 *   io.provscan.testing.DemoCorpusWriter fixtures/demo</pre>
 *
 * <p>With a second argument {@code crawl}, only the crawl is written again.
 */
public final class DemoCorpusWriter {
  private DemoCorpusWriter() {}

  /** Writes into the folder given as the first argument. */
  public static void main(String[] args) throws IOException {
    Path demo = Path.of(args.length > 0 ? args[0] : "fixtures/demo");
    if (args.length > 1 && args[1].equals("crawl")) {
      crawl(demo);
      return;
    }
    Files.createDirectories(demo.resolve("docs"));
    Files.createDirectories(demo.resolve("archive"));
    Corpus.pdf(
        demo.resolve("docs/dataset-report.pdf"),
        "Dataset report: the training data in this corpus is licensed under CC BY 4.0.",
        null);
    Corpus.docx(
        demo.resolve("docs/data-agreement.docx"),
        "Data licence agreement",
        "The provider grants a non-exclusive licence to use the texts as training data"
            + " for research purposes only. Commercial use requires written permission.",
        "Contact: the data protection officer of the provider.");
    Corpus.zip(
        demo.resolve("archive/bundle.zip"),
        Corpus.entries(
            "bundle/README.md",
            "# Bundle\n\nSample texts collected for the demo. Licensed under the MIT License.\n",
            "bundle/texts/poem.txt",
            "Shall I compare thee to a summer's day?\nThou art more lovely and more temperate.\n",
            "bundle/texts/notice-zh.txt",
            "本数据集仅供研究使用，禁止用于商业目的。\n".getBytes(Charset.forName("GB18030"))));
    crawl(demo);
  }

  /**
   * The crawl: pages in {@code news-crawl.warc.gz}, and, as Common Crawl ships them, the sites'
   * robots.txt, tdmrep.json and ai.txt captures in a WARC file of their own ({@code
   * robotstxt.warc.gz}), so the demo shows opt-out signals from both. Run on its own with the
   * second argument {@code crawl}.
   */
  static void crawl(Path demo) throws IOException {
    Files.createDirectories(demo.resolve("crawl"));
    Map<String, String> html = new LinkedHashMap<>();
    html.put("Content-Type", "text/html; charset=utf-8");
    Map<String, String> reserved = new LinkedHashMap<>(html);
    reserved.put("X-Robots-Tag", "noai, noimageai");
    reserved.put("tdm-reservation", "1");
    Map<String, String> usage = new LinkedHashMap<>(html);
    usage.put("Content-Usage", "train-ai=n, search=y");
    Corpus.warc(
        demo.resolve("crawl/news-crawl.warc.gz"),
        new Capture(
            "https://news.example.com/2026/11/harvest.html",
            200,
            reserved,
            "<html><head><title>Harvest report</title></head><body><p>The harvest this year was"
                + " the best in a decade, farmers said on Monday.</p></body></html>"),
        new Capture(
            "https://news.example.com/free/weather.html",
            200,
            html,
            "<html><head><title>Weather</title></head><body><p>Rain is expected in the north"
                + " on Tuesday; the south stays dry.</p></body></html>"),
        new Capture(
            "https://blog.example.org/open-notes.html",
            200,
            html,
            "<html><head><title>Open notes</title></head><body><p>These notes are released"
                + " under CC0 1.0 and may be used as training data.</p></body></html>"),
        new Capture(
            "https://art.example.net/gallery/index.html",
            200,
            html,
            "<html><head><title>Gallery</title><meta name=\"robots\" content=\"noimageai\">"
                + "<meta name=\"GPTBot\" content=\"noai\"></head><body><p>Paintings by the"
                + " members of the art club, shown with their permission.</p></body></html>"),
        new Capture(
            "https://shop.example.net/catalogue/tea.html",
            200,
            usage,
            "<html><head><title>Tea</title></head><body><p>Green tea from the mountains,"
                + " 100 g for 4 euros.</p></body></html>"));
    Map<String, String> text = Map.of("Content-Type", "text/plain");
    Corpus.warc(
        demo.resolve("crawl/robotstxt.warc.gz"),
        new Capture(
            "https://news.example.com/robots.txt",
            200,
            text,
            "# As a condition of accessing this website, you agree to abide by the following"
                + " content signals\nUser-Agent: *\nContent-Signal: search=yes, ai-train=no\n"
                + "Allow: /\n\nUser-agent: GPTBot\nUser-agent: CCBot\nDisallow: /\n"),
        new Capture(
            "https://news.example.com/.well-known/tdmrep.json",
            200,
            Map.of("Content-Type", "application/json"),
            "[{\"location\": \"/free/\", \"tdm-reservation\": 0},"
                + " {\"location\": \"/\", \"tdm-reservation\": 1,"
                + " \"tdm-policy\": \"https://news.example.com/tdm-policy.json\"}]"),
        new Capture(
            "https://blog.example.org/robots.txt", 404, Map.of("Content-Type", "text/html"), ""),
        new Capture(
            "https://art.example.net/robots.txt",
            200,
            text,
            "User-agent: *\nDisallow: /private/\n\nUser-agent: Google-Extended\nDisallow: /\n"),
        new Capture(
            "https://art.example.net/ai.txt",
            200,
            text,
            "# Spawning AI\nUser-Agent: *\nDisallow: *.jpg\nDisallow: *.png\n"),
        new Capture(
            "https://shop.example.net/robots.txt",
            200,
            text,
            "User-agent: *\nAllow: /\nContent-Usage: train-ai=y\n"
                + "Content-Usage: /catalogue/ train-ai=n\n"));
  }
}
