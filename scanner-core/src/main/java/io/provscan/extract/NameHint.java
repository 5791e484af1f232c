package io.provscan.extract;

import io.provscan.source.Item;
import java.net.URI;

/** The file name Tika's detector is told: the URL's last segment for captures, else the path's. */
final class NameHint {
  private NameHint() {}

  static String of(Item item) {
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
