package io.provscan.extract;

import io.provscan.source.Item;
import java.net.URI;

/**
 * The file name Tika's detector is told: the URL's last segment for captures, else the path's. A
 * record of a URL list is the caption the list gives for its URL, not the resource there (a LAION
 * row names a JPEG but carries text), so it is named as text.
 */
final class NameHint {
  /** The name given to records of URL lists and JSONL corpora: {@value}. */
  static final String RECORD = "record.txt";

  private NameHint() {}

  static String of(Item item) {
    if (item.row() != null) {
      return RECORD;
    }
    if (item.url() != null) {
      String fromUrl = lastSegment(item.url());
      if (!fromUrl.isEmpty()) {
        return fromUrl;
      }
    }
    return item.name();
  }

  private static String lastSegment(String url) {
    try {
      String path = URI.create(url.trim()).getPath();
      return path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
