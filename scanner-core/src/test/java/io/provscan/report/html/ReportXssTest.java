package io.provscan.report.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.provscan.detect.Detector;
import io.provscan.detect.DetectorInput;
import io.provscan.detect.Findings;
import io.provscan.detect.LicenseFinding;
import io.provscan.detect.OptOut;
import io.provscan.detect.PiiFinding;
import io.provscan.internal.Json;
import io.provscan.report.render.ProvenanceReports;
import io.provscan.scan.Capabilities;
import io.provscan.scan.ScanOptions;
import io.provscan.scan.Scanner;
import io.provscan.testing.Chromium;
import io.provscan.testing.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus full of script injections is scanned and its report opened in headless Chromium: no
 * script from the corpus may run and no markup from the corpus may become an element, while the
 * report's own script runs. Each payload would mark the page's body if it ran ({@code
 * data-pwned-<where>}); the report's script marks it with {@code data-report-script="ran"}.
 */
class ReportXssTest {
  /** Where payloads hide; each must show up in the page as text. */
  static final List<String> PLACES =
      List.of(
          "name", "title", "pdf", "docx", "licence", "uri", "header", "reason", "fact", "declared");

  @TempDir Path corpus;
  @TempDir Path out;
  @TempDir Path profiles;

  /** Markup that would set {@code data-pwned-<where>} on the body if it ever ran. */
  static String payload(String where) {
    String js = "document.body.setAttribute('data-pwned-" + where + "','1')";
    return "\"'><img src=x id=pwned-"
        + where
        + " onerror=\""
        + js
        + "\"><script>"
        + js
        + "</script>";
  }

  @Test
  @Timeout(600)
  void runsNoScriptFromTheCorpusButItsOwn() throws Exception {
    Chromium chromium = Chromium.installedOrSkip(profiles);
    writeHostileCorpus();
    ScanOptions options = ScanOptions.builder().root(corpus).out(out).index(false).build();
    Capabilities capabilities = Capabilities.of(options);
    new Scanner(options, capabilities.plus(new EchoDetector())).run();
    addPolicyAndManifestPayloads();
    ProvenanceReports.render(out);
    Path page = out.resolve(ProvenanceReports.HTML);

    String dom = chromium.dumpDom(page);
    chromium.screenshot(page, Path.of("target", "xss-report.png"), 1400, 2400);

    Matcher body = Pattern.compile("<body([^>]*)>").matcher(dom);
    assertTrue(body.find(), dom);
    assertTrue(
        body.group(1).contains("data-report-script=\"ran\""), "own script ran: " + body.group(1));
    assertFalse(body.group(1).contains("pwned"), "a corpus script ran: " + body.group(1));
    Matcher injected = Pattern.compile("<(img|script|svg)[^>]*pwned").matcher(dom);
    assertFalse(injected.find(), () -> "corpus markup became an element: " + injected.group());
    for (String where : PLACES) {
      assertTrue(
          dom.contains("setAttribute('data-pwned-" + where + "'"),
          "the " + where + " payload is shown as text");
    }
  }

  private void writeHostileCorpus() throws IOException {
    Corpus.text(
        corpus.resolve(
            "docs/<img src=x id=pwned-name onerror=document.body.setAttribute('data-pwned-name',1)>.txt"),
        "a file with a hostile name");
    Corpus.text(
        corpus.resolve("web/page.html"),
        "<html><head><title>" + payload("title") + "</title></head><body>text</body></html>");
    try (PDDocument pdf = new PDDocument()) {
      pdf.addPage(new PDPage());
      pdf.getDocumentInformation().setTitle(payload("pdf"));
      pdf.save(corpus.resolve("docs/paper.pdf").toFile());
    }
    try (XWPFDocument docx = new XWPFDocument();
        OutputStream o = Files.newOutputStream(corpus.resolve("docs/letter.docx"))) {
      docx.createParagraph().createRun().setText("a letter");
      docx.getProperties().getCoreProperties().setTitle(payload("docx"));
      docx.write(o);
    }
    Corpus.text(corpus.resolve("data/LICENSE"), payload("licence") + "\nPermission is granted.");
    Files.write(corpus.resolve("crawl.warc"), warc());
  }

  /** A WARC response whose target URI and X-Robots-Tag header carry payloads, written raw. */
  private static byte[] warc() throws IOException {
    String html = "<html><head><title>crawled</title></head><body>page</body></html>";
    String http =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Robots-Tag: "
            + payload("header")
            + "\r\nContent-Length: "
            + html.length()
            + "\r\n\r\n"
            + html;
    byte[] block = http.getBytes(StandardCharsets.UTF_8);
    String head =
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:6f1e3b52-0d2c-4a43-9d59-"
            + "1c8f0a3b7e21>\r\nWARC-Date: 2026-01-02T03:04:05Z\r\nWARC-Target-URI: "
            + "https://evil.example/"
            + payload("uri")
            + "\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: "
            + block.length
            + "\r\n\r\n";
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(head.getBytes(StandardCharsets.UTF_8));
    b.write(block);
    b.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    return b.toByteArray();
  }

  /** What the policy and the manifests would add: reasons, declared licences, facts, problems. */
  private void addPolicyAndManifestPayloads() throws IOException {
    Path items = out.resolve("items.jsonl");
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(items, StandardCharsets.UTF_8)) {
      ObjectNode r = (ObjectNode) Json.mapper().readTree(line);
      r.put("verdict", "review");
      r.putArray("reasons").add("rule x: " + payload("reason"));
      lines.add(Json.mapper().writeValueAsString(r));
    }
    Files.write(items, lines, StandardCharsets.UTF_8);
    Path summaryFile = out.resolve("summary.json");
    JsonNode summary = Json.mapper().readTree(summaryFile.toFile());
    for (JsonNode s : summary.path("sources")) {
      ObjectNode source = (ObjectNode) s;
      source.withArray("declaredLicenses").add(payload("declared"));
      source.putObject("facts").put("pretty_name", payload("fact"));
      source.putArray("problems").add(payload("fact"));
      source.putArray("conflicts").add(payload("declared"));
    }
    Json.mapper().writeValue(summaryFile.toFile(), summary);
  }

  /** Reports text from the item as findings, as a careless detector might. */
  static final class EchoDetector implements Detector {
    @Override
    public String name() {
      return "echo";
    }

    @Override
    public Findings detect(DetectorInput in) {
      Findings f = Findings.EMPTY;
      if (in.name().startsWith("LICENSE")) {
        String first = in.text().lines().findFirst().orElse("");
        LicenseFinding.Clause clause = new LicenseFinding.Clause("attribution", first, first, 1);
        f =
            f.merge(
                Findings.ofLicenses(
                    List.of(
                        new LicenseFinding(
                            "LicenseRef-" + first,
                            first,
                            "text",
                            0.5,
                            first,
                            List.of(clause),
                            null))));
      }
      if (in.http() != null) {
        List<String> robots = in.http().header("X-Robots-Tag");
        String v = robots.isEmpty() ? "" : robots.get(0);
        OptOut.Signal s =
            new OptOut.Signal("x-robots-tag", "all", List.of(v), v, v, in.url(), "reserves");
        f = f.merge(Findings.ofOptOut(new OptOut(true, List.of(s))));
        f = f.merge(Findings.ofPii(List.of(new PiiFinding(v, v, 0, 1, 0.5)), Map.of(v, 1)));
      }
      return f;
    }
  }
}
