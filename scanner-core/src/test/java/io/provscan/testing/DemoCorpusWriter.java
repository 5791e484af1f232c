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
 * <pre>mvn -q -pl scanner-core test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.provscan.testing.DemoCorpusWriter -Dexec.args=fixtures/demo</pre>
 */
public final class DemoCorpusWriter {
  private DemoCorpusWriter() {}

  /** Writes into the folder given as the first argument. */
  public static void main(String[] args) throws IOException {
    Path demo = Path.of(args.length > 0 ? args[0] : "fixtures/demo");
    Files.createDirectories(demo.resolve("docs"));
    Files.createDirectories(demo.resolve("archive"));
    Files.createDirectories(demo.resolve("crawl"));
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
    Map<String, String> html = new LinkedHashMap<>();
    html.put("Content-Type", "text/html; charset=utf-8");
    Map<String, String> reserved = new LinkedHashMap<>(html);
    reserved.put("X-Robots-Tag", "noai, noimageai");
    reserved.put("tdm-reservation", "1");
    Map<String, String> robots = new LinkedHashMap<>();
    robots.put("Content-Type", "text/plain");
    Corpus.warc(
        demo.resolve("crawl/news-crawl.warc.gz"),
        new Capture(
            "https://news.example.com/robots.txt",
            200,
            robots,
            "User-agent: GPTBot\nDisallow: /\n\nUser-agent: *\nAllow: /\n"),
        new Capture(
            "https://news.example.com/2026/11/harvest.html",
            200,
            reserved,
            "<html><head><title>Harvest report</title></head><body><p>The harvest this year was"
                + " the best in a decade, farmers said on Monday.</p></body></html>"),
        new Capture(
            "https://blog.example.org/open-notes.html",
            200,
            html,
            "<html><head><title>Open notes</title></head><body><p>These notes are released"
                + " under CC0 1.0 and may be used as training data.</p></body></html>"));
  }
}
