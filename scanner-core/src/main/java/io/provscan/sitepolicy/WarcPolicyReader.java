package io.provscan.sitepolicy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads one WARC file for policy captures: {@code response} records (HTTP status, headers, decoded
 * body) and {@code resource} records (taken as served with 200) whose target is a policy path.
 * Other records are skipped without reading their bodies. A file that breaks off is read up to the
 * break; the rest of the scan reports it.
 */
final class WarcPolicyReader {
  private WarcPolicyReader() {}

  static void read(Path file, String name, PolicyCaptures captures) {
    try (WarcReader reader = new WarcReader(file)) {
      reader.setLenient(true);
      int n = 0;
      for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
        n++;
        if (next.get() instanceof WarcResponse || next.get() instanceof WarcResource) {
          capture((WarcTargetRecord) next.get(), name + "#" + n, captures);
        }
      }
    } catch (IOException | RuntimeException e) {
      captures.note("reading " + name + " for site policies stopped: " + e.getMessage());
    }
  }

  private static void capture(WarcTargetRecord record, String from, PolicyCaptures captures)
      throws IOException {
    String target = record.target();
    Optional<PolicyKind> kind = kindOf(target);
    if (kind.isEmpty()) {
      return;
    }
    Instant date = record.date();
    if (record instanceof WarcResponse response && isHttp(response)) {
      HttpResponse http = response.http();
      String location = http.headers().first("Location").orElse(null);
      String type = http.headers().first("Content-Type").orElse(null);
      byte[] body = read(decoded(http));
      String redirect =
          http.status() / 100 == 3 && location != null ? resolve(target, location) : null;
      captures.add(
          new PolicyFile(kind.get(), target, http.status(), type, body, date, from, redirect));
    } else {
      String type = record.contentType() == null ? null : record.contentType().toString();
      byte[] body = read(record.body());
      captures.add(new PolicyFile(kind.get(), target, 200, type, body, date, from, null));
    }
  }

  /** The kind of policy a URL names, from a cheap suffix test first. */
  static Optional<PolicyKind> kindOf(String url) {
    if (url == null || !PolicyKind.mayName(url)) {
      return Optional.empty();
    }
    String path = Origins.path(url);
    return path == null || Origins.of(url).isEmpty() ? Optional.empty() : PolicyKind.ofPath(path);
  }

  private static boolean isHttp(WarcResponse response) {
    MediaType type = response.contentType();
    return type != null && type.base().equals(MediaType.HTTP);
  }

  private static MessageBody decoded(HttpResponse http) throws IOException {
    try {
      return http.bodyDecoded();
    } catch (IOException | RuntimeException e) {
      return http.body();
    }
  }

  private static byte[] read(MessageBody body) throws IOException {
    try (InputStream in = body.stream()) {
      return in.readNBytes(PolicyFile.MAX_BYTES);
    }
  }

  private static String resolve(String base, String location) {
    try {
      return URI.create(base).resolve(location.trim()).toString();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
