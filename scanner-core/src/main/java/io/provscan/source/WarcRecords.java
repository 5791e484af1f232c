package io.provscan.source;

import io.provscan.source.Expansion.Capture;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads a WARC (or ARC) file with jwarc: every {@code response} and {@code resource} record becomes
 * an item named {@code file#n}, n being the record's 1-based position in the file, with its target
 * URL, HTTP status and headers, and its WARC position. Other records (warcinfo, request, metadata,
 * revisit) carry no content of their own and are counted, not emitted.
 */
final class WarcRecords {
  private final Expansion expansion;

  WarcRecords(Expansion expansion) {
    this.expansion = expansion;
  }

  void read(ItemContent content, String path, int depth, ContainerOutcome outcome)
      throws IOException, InterruptedException {
    read(content, null, path, depth, outcome);
  }

  /**
   * Reads from {@code content} when given (so offsets are file offsets, gzip members included, as
   * CDX indexes use them), else from the already decoded stream.
   */
  void read(
      ItemContent content, InputStream decoded, String path, int depth, ContainerOutcome outcome)
      throws IOException, InterruptedException {
    try (WarcReader reader =
        content != null ? new WarcReader(content.openChannel()) : new WarcReader(decoded)) {
      reader.setLenient(true);
      int n = 0;
      for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
        n++;
        if (next.get() instanceof WarcResponse || next.get() instanceof WarcResource) {
          WarcTargetRecord record = (WarcTargetRecord) next.get();
          record(record, reader.position(), path + "#" + n, path, depth + 1, outcome);
        }
      }
    }
  }

  private void record(
      WarcTargetRecord record,
      long offset,
      String path,
      String parent,
      int depth,
      ContainerOutcome outcome)
      throws IOException, InterruptedException {
    long declared = record.body().size();
    if (declared > expansion.limits().maxArchiveBytes()) {
      throw new LimitException(
          ErrorKind.LIMIT, "record #" + path + " declares " + declared + " bytes");
    }
    List<String> notes = new ArrayList<>();
    if (record.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
      notes.add("WARC-Truncated: " + record.truncated().name().toLowerCase(Locale.ROOT));
    }
    HttpInfo http = null;
    InputStream body;
    if (record instanceof WarcResponse response && isHttp(response)) {
      HttpResponse h = response.http();
      http = HttpInfo.captured(h.status(), h.headers().map());
      body = decoded(h, notes).stream();
    } else {
      body = record.body().stream();
    }
    WarcInfo warc =
        new WarcInfo(
            record.id().toString(),
            record.type(),
            record.date() == null ? null : record.date().toString(),
            offset);
    Capture capture = new Capture(record.target(), http, warc, notes);
    expansion.member(path, parent, depth, body, outcome, true, capture);
    checkComplete(record);
  }

  private static boolean isHttp(WarcResponse response) {
    MediaType type = response.contentType();
    return type != null && type.base().equals(MediaType.HTTP);
  }

  /** The body with transfer and content encodings undone; the raw body when that fails. */
  private static MessageBody decoded(HttpResponse h, List<String> notes) throws IOException {
    try {
      return h.bodyDecoded();
    } catch (IOException | RuntimeException e) {
      notes.add("Content-Encoding not decoded: " + e.getMessage());
      return h.body();
    }
  }

  /** A record whose block ends before its declared length is cut off: the file is truncated. */
  private static void checkComplete(WarcRecord record) throws IOException {
    MessageBody block = record.body();
    block.consume();
    if (block.position() < block.size()) {
      throw new EOFException(
          "record ends after " + block.position() + " of " + block.size() + " bytes");
    }
  }
}
