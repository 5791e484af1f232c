import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a synthetic crawl for bench/optout, Common Crawl style: PAGES HTML pages spread over HOSTS
 * hosts in pages-*.warc.gz, and each host's robots.txt (and, for some, tdmrep.json and ai.txt) in
 * robotstxt.warc.gz. Pages carry about 20 KB of HTML (navigation, a script, 40 paragraphs).
 * Site policies vary as in the wild: long AI-crawler block lists, Cloudflare
 * content signals, AIPREF rules, 404s, path rules; some pages carry X-Robots-Tag or TDMRep headers.
 *
 *   java -cp scanner-cli/target/provscan.jar bench/OptOutCorpus.java DIR [PAGES] [HOSTS]
 */
public class OptOutCorpus {
  static final String[] AI =
      ("GPTBot ChatGPT-User CCBot ClaudeBot anthropic-ai Claude-Web Google-Extended Applebot-Extended"
              + " Bytespider meta-externalagent FacebookBot cohere-ai cohere-training-data-crawler"
              + " PerplexityBot Amazonbot Diffbot omgili omgilibot Timpibot ImagesiftBot AI2Bot"
              + " Ai2Bot-Dolma img2dataset YouBot DeepSeekBot PanguBot")
          .split(" ");
  /** Paragraphs of 60 words per page: about 20 KB of HTML, near a typical article page's text. */
  static final int PARAGRAPHS = 40;

  static final String WORDS =
      "the harvest report weather market council school river train museum library data model"
          + " music festival city north south budget science health travel garden history";

  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args[0]));
    int pages = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int hosts = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    Random random = new Random(42);
    String[] words = WORDS.split(" ");
    try (WarcWriter w = writer(dir.resolve("robotstxt.warc.gz"))) {
      for (int h = 0; h < hosts; h++) {
        policies(w, h, random);
      }
    }
    int files = Math.max(1, pages / 5000);
    for (int f = 0; f < files; f++) {
      try (WarcWriter w = writer(dir.resolve("pages-" + f + ".warc.gz"))) {
        for (int p = f; p < pages; p += files) {
          page(w, p, p % hosts, random, words);
        }
      }
    }
  }

  static void policies(WarcWriter w, int h, Random random) throws IOException {
    String origin = "https://host" + h + ".example";
    switch (h % 5) {
      case 0 -> {
        StringBuilder sb = new StringBuilder();
        for (String a : AI) {
          sb.append("User-agent: ").append(a).append('\n');
        }
        sb.append("Disallow: /\n\nUser-agent: *\nDisallow: /admin/\nDisallow: /search?\n");
        response(w, origin + "/robots.txt", 200, "text/plain", sb.toString());
      }
      case 1 -> response(
          w,
          origin + "/robots.txt",
          200,
          "text/plain",
          "User-Agent: *\nContent-Signal: search=yes, ai-train=no\nAllow: /\n\n"
              + "User-agent: GPTBot\nUser-agent: CCBot\nDisallow: /\n");
      case 2 -> response(w, origin + "/robots.txt", 404, "text/html", "<h1>Not found</h1>");
      case 3 -> {
        response(
            w,
            origin + "/robots.txt",
            200,
            "text/plain",
            "User-agent: *\nDisallow: /private/\nDisallow: /*.pdf$\nAllow: /private/public/\n"
                + "Content-Usage: train-ai=y\nContent-Usage: /news/ train-ai=n\n");
        response(
            w,
            origin + "/.well-known/tdmrep.json",
            200,
            "application/json",
            "[{\"location\":\"/open/\",\"tdm-reservation\":0},{\"location\":\"/\",\"tdm-reservation\":1}]");
      }
      default -> {
        response(w, origin + "/robots.txt", 200, "text/plain", "User-agent: *\nDisallow:\n");
        response(w, origin + "/ai.txt", 200, "text/plain", "User-Agent: *\nDisallow: *.jpg\n");
      }
    }
  }

  static void page(WarcWriter w, int p, int h, Random random, String[] words) throws IOException {
    String[] sections = {"news", "open", "private", "blog", "shop"};
    String url = "https://host" + h + ".example/" + sections[p % sections.length] + "/page" + p + ".html";
    StringBuilder body = new StringBuilder("<html><head><title>Page ").append(p).append("</title>");
    if (p % 7 == 0) {
      body.append("<meta name=\"robots\" content=\"noai, noimageai\">");
    }
    body.append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}")
        .append("</script><style>body{font-family:serif}nav a{margin:0 1em}</style></head><body><nav>");
    for (int i = 0; i < 40; i++) {
      body.append("<a href=\"/section/").append(i).append("\">").append(words[i % words.length]).append("</a>");
    }
    body.append("</nav>");
    for (int para = 0; para < PARAGRAPHS; para++) {
      body.append("<p>");
      for (int i = 0; i < 60; i++) {
        body.append(words[random.nextInt(words.length)]).append(' ');
      }
      body.append("</p>");
    }
    body.append("</body></html>");
    List<String> headers = new ArrayList<>(List.of("Content-Type", "text/html; charset=utf-8"));
    if (p % 11 == 0) {
      headers.addAll(List.of("X-Robots-Tag", "noindex", "X-Robots-Tag", "GPTBot: noai"));
    }
    if (p % 13 == 0) {
      headers.addAll(List.of("tdm-reservation", "1"));
    }
    response(w, url, 200, headers, body.toString());
  }

  static WarcWriter writer(Path file) throws IOException {
    return new WarcWriter(
        Files.newByteChannel(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING),
        WarcCompression.GZIP);
  }

  static void response(WarcWriter w, String url, int status, String type, String body)
      throws IOException {
    response(w, url, status, List.of("Content-Type", type), body);
  }

  static void response(WarcWriter w, String url, int status, List<String> headers, String body)
      throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder h = new StringBuilder("HTTP/1.1 " + status + " X\r\n");
    for (int i = 0; i + 1 < headers.size(); i += 2) {
      h.append(headers.get(i)).append(": ").append(headers.get(i + 1)).append("\r\n");
    }
    h.append("Content-Length: ").append(b.length).append("\r\n\r\n");
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    block.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
    block.write(b);
    w.write(
        new WarcResponse.Builder(URI.create(url))
            .date(Instant.parse("2026-01-02T03:04:05Z"))
            .body(MediaType.HTTP_RESPONSE, block.toByteArray())
            .build());
  }
}
