import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a crawl of HTML pages for bench/warc: one WARC of PAGES {@code response} records (about
 * 15 KB each, so 20,000 pages make about 300 MB) over 400 hosts. Pages look like the web's: a head
 * with charset, description, Open Graph and (on some) robots/noai metas, a script and a style, a
 * navigation bar, paragraphs drawn from the text of DOC_DIR (Debian's documentation), and on some a
 * licence footer, a contact e-mail or a phone number. The charset is told as the web tells it: in
 * the header, in a meta, both, or (a few pages in windows-1252) only in a meta. One page in a
 * hundred says text/html but carries JSON, as misconfigured servers do.
 *
 *   java -cp scanner-cli/target/provscan.jar bench/WarcCorpus.java OUT.warc[.gz] [PAGES] [DOC_DIR]
 */
public class WarcCorpus {
  static final String[] LICENCES = {
    "<footer>Content is available under <a rel=\"license\" href=\"https://creativecommons.org/licenses/by-sa/4.0/\">CC BY-SA 4.0</a> unless otherwise noted.</footer>",
    "<footer>This work is licensed under a Creative Commons Attribution 4.0 International License.</footer>",
    "<footer>&copy; 2024 Example Media Ltd. All rights reserved. Reproduction for text and data mining is prohibited.</footer>",
    "<footer>Released under the MIT License. Permission is hereby granted, free of charge, to any person obtaining a copy of this software.</footer>",
    "<footer><small>Copyright 2023 The Authors. Licensed under the Apache License, Version 2.0.</small></footer>",
  };
  static final String[] ROBOTS = {
    "<meta name=\"robots\" content=\"noai, noimageai\">",
    "<meta name=\"robots\" content=\"index, follow\">",
    "<meta name=\"GPTBot\" content=\"noindex\">",
    "<meta name=\"tdm-reservation\" content=\"1\">",
    "<meta name=\"robots\" content=\"noindex, nofollow\">",
  };
  static final String[] SECTIONS = {"news", "blog", "docs", "shop", "wiki", "forum"};

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int pages = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    Path docs = Path.of(args.length > 2 ? args[2] : "/usr/share/doc");
    List<String> paragraphs = paragraphs(docs);
    if (paragraphs.isEmpty()) {
      throw new IllegalStateException("no text found under " + docs);
    }
    Random random = new Random(42);
    WarcCompression compression =
        out.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
    try (WarcWriter w =
        new WarcWriter(
            Files.newByteChannel(
                out,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING),
            compression)) {
      for (int p = 0; p < pages; p++) {
        page(w, p, random, paragraphs);
      }
    }
  }

  /** Blank-line separated paragraphs of 80 to 1,500 characters from text files (gzip or plain). */
  static List<String> paragraphs(Path docs) throws IOException {
    List<String> found = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(docs)) {
      files = walk.filter(Files::isRegularFile).filter(f -> !Files.isSymbolicLink(f)).sorted().toList();
    }
    for (Path f : files) {
      String text = read(f);
      if (text == null) {
        continue;
      }
      for (String para : text.split("\\n\\s*\\n")) {
        String flat = para.strip().replaceAll("\\s+", " ");
        if (flat.length() >= 80 && flat.length() <= 1500) {
          found.add(escape(flat));
        }
      }
      if (found.size() > 60_000) {
        break;
      }
    }
    return found;
  }

  static String read(Path f) {
    String name = f.getFileName().toString();
    if (!(name.endsWith(".gz") || name.endsWith(".txt") || name.startsWith("README")
        || name.equals("copyright") || name.startsWith("changelog") || name.endsWith(".md"))) {
      return null;
    }
    try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
      byte[] b = in.readNBytes(200_000);
      for (int i = 0; i < Math.min(b.length, 4000); i++) {
        if (b[i] == 0) {
          return null;
        }
      }
      return new String(b, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static void page(WarcWriter w, int p, Random random, List<String> paragraphs) throws IOException {
    int host = p % 400;
    String url = "https://www.site" + host + ".example/" + SECTIONS[p % SECTIONS.length] + "/" + p + ".html";
    if (p % 100 == 99) {
      String json = "{\"id\":" + p + ",\"items\":[\"" + paragraphs.get(p % paragraphs.size()) + "\"]}";
      response(w, url, List.of("Content-Type", "text/html; charset=utf-8"), json.getBytes(StandardCharsets.UTF_8));
      return;
    }
    boolean latin = p % 25 == 3;
    Charset charset = latin ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
    String title = paragraphs.get(random.nextInt(paragraphs.size()));
    title = title.substring(0, Math.min(70, title.length()));
    StringBuilder html = new StringBuilder(16_384);
    html.append(p % 9 == 0 ? "<!doctype html>\n<html lang=\"en\">" : "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">\n<html>");
    html.append("<head>");
    switch (p % 4) {
      case 0 -> html.append("<meta charset=\"").append(latin ? "windows-1252" : "utf-8").append("\">");
      case 1 -> html.append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
          .append(latin ? "windows-1252" : "utf-8").append("\">");
      default -> { }
    }
    html.append("<title>").append(title).append("</title>");
    html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    html.append("<meta name=\"description\" content=\"").append(title.replace("\"", "")).append("\">");
    html.append("<meta property=\"og:title\" content=\"").append(title.replace("\"", "")).append("\">");
    html.append("<meta property=\"og:url\" content=\"").append(url).append("\">");
    if (p % 6 == 0) {
      html.append(ROBOTS[(p / 6) % ROBOTS.length]);
    }
    html.append("<link rel=\"stylesheet\" href=\"/static/site.css\">");
    html.append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}")
        .append("gtag('js',new Date());gtag('config','G-XXXX');</script>");
    html.append("<style>body{font-family:serif;margin:0 auto;max-width:50em}nav a{margin:0 1em}</style>");
    html.append("</head><body class=\"page\"><header><nav><ul>");
    for (int i = 0; i < 25; i++) {
      html.append("<li><a href=\"/").append(SECTIONS[i % SECTIONS.length]).append("/").append(i)
          .append("\">").append(SECTIONS[i % SECTIONS.length]).append(' ').append(i).append("</a></li>");
    }
    html.append("</ul></nav></header><main><article><h1>").append(title).append("</h1>");
    int target = 9_000 + random.nextInt(12_000);
    while (html.length() < target) {
      String para = paragraphs.get(random.nextInt(paragraphs.size()));
      if (random.nextInt(6) == 0) {
        html.append("<h2>").append(para, 0, Math.min(50, para.length())).append("</h2>");
      }
      html.append("<p>").append(para).append("</p>\n");
    }
    if (p % 10 == 4) {
      html.append("<p>Contact the editor at editor").append(host).append("@site").append(host)
          .append(".example or call +44 20 7946 0").append(String.format("%03d", p % 1000)).append(".</p>");
    }
    if (p % 17 == 5) {
      html.append("<p>Support: +1 (415) 555-0").append(String.format("%03d", p % 1000))
          .append(", help@example.org</p>");
    }
    html.append("</article></main>");
    if (p % 3 == 0) {
      html.append(LICENCES[(p / 3) % LICENCES.length]);
    } else {
      html.append("<footer><a href=\"/about\">About</a> <a href=\"/privacy\">Privacy</a></footer>");
    }
    if (p % 8 != 7) {
      html.append("</body></html>\n");   // some pages end cut, as a crawler's truncation leaves them
    }
    String type = p % 4 == 0 && !latin ? "text/html" : "text/html; charset=" + (latin ? "windows-1252" : "UTF-8");
    if (latin) {
      type = p % 4 < 2 ? "text/html" : "text/html; charset=windows-1252";
    }
    if (p % 50 == 10) {
      type = "application/xhtml+xml; charset=utf-8";
    }
    List<String> headers = new ArrayList<>(List.of("Content-Type", type, "Server", "nginx"));
    if (p % 23 == 0) {
      headers.addAll(List.of("X-Robots-Tag", "noai"));
    }
    response(w, url, headers, html.toString().getBytes(charset));
  }

  static void response(WarcWriter w, String url, List<String> headers, byte[] b) throws IOException {
    StringBuilder h = new StringBuilder("HTTP/1.1 200 OK\r\n");
    for (int i = 0; i + 1 < headers.size(); i += 2) {
      h.append(headers.get(i)).append(": ").append(headers.get(i + 1)).append("\r\n");
    }
    h.append("Content-Length: ").append(b.length).append("\r\n\r\n");
    ByteArrayOutputStream block = new ByteArrayOutputStream(b.length + h.length());
    block.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
    block.write(b);
    w.write(
        new WarcResponse.Builder(URI.create(url))
            .date(Instant.parse("2026-01-02T03:04:05Z"))
            .body(MediaType.HTTP_RESPONSE, block.toByteArray())
            .build());
  }
}
