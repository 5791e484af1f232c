package io.provscan.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** Finds the capture of one page in WARC files, for {@code provscan optout}. */
public final class PageCapture {
  /** Most bytes of a page read for an explanation: 64 MiB. */
  public static final long MAX_PAGE_BYTES = 64L << 20;

  /**
   * A capture found.
   *
   * @param item the page as an item (URL, headers, bytes)
   * @param where {@code file#n}
   */
  public record Found(Item item, String where) {}

  private PageCapture() {}

  /** The last capture of {@code url} in the files (a later capture wins, as in a crawl). */
  public static Optional<Found> find(List<Path> warcs, String url, Path temp) throws IOException {
    Found found = null;
    for (Path warc : warcs) {
      try (WarcReader reader = new WarcReader(warc)) {
        reader.setLenient(true);
        int n = 0;
        for (Optional<WarcRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
          n++;
          if (r.get() instanceof WarcResponse resp && url.equals(resp.target())) {
            String where = warc.getFileName() + "#" + n;
            found = new Found(item(resp, warc, where), where);
          }
        }
      }
    }
    return Optional.ofNullable(found);
  }

  private static Item item(WarcResponse resp, Path warc, String where) throws IOException {
    HttpResponse http = resp.http();
    MessageBody body;
    try {
      body = http.bodyDecoded();
    } catch (IOException | RuntimeException e) {
      body = http.body();
    }
    byte[] bytes;
    try (InputStream in = body.stream()) {
      bytes = in.readNBytes((int) MAX_PAGE_BYTES);
    }
    String root = warc.toAbsolutePath().getParent().toString();
    Item item = Item.of(root, where, null, 0, Contents.bytes(bytes, bytes.length, null));
    HttpInfo info = HttpInfo.captured(http.status(), http.headers().map());
    return item.withCapture(resp.target(), info, null, List.of());
  }
}
