package io.provscan.detect.optout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes test WARC files of HTTP responses, headers repeatable. */
final class Warcs {
  private Warcs() {}

  /**
   * One response.
   *
   * @param url target URI
   * @param status HTTP status
   * @param headers name, value, name, value, … (a name may repeat)
   * @param body the body
   */
  record Page(String url, int status, List<String> headers, String body) {
    static Page of(String url, String body, String... headers) {
      return new Page(url, 200, List.of(headers), body);
    }
  }

  static Path write(Path file, Page... pages) throws IOException {
    WarcCompression c =
        file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
    try (WarcWriter w =
        new WarcWriter(
            Files.newByteChannel(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING),
            c)) {
      for (Page p : pages) {
        byte[] body = p.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder h = new StringBuilder("HTTP/1.1 " + p.status() + " X\r\n");
        for (int i = 0; i + 1 < p.headers().size(); i += 2) {
          h.append(p.headers().get(i)).append(": ").append(p.headers().get(i + 1)).append("\r\n");
        }
        h.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        block.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
        block.write(body);
        w.write(
            new WarcResponse.Builder(URI.create(p.url()))
                .date(Instant.parse("2026-01-02T03:04:05Z"))
                .body(MediaType.HTTP_RESPONSE, block.toByteArray())
                .build());
      }
    }
    return file;
  }
}
