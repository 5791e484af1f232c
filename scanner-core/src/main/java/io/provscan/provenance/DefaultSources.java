package io.provscan.provenance;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The sources every item has when no manifest claims it: items captured from a URL belong to their
 * host (site policies and opt-outs are per host); every other item to the top-level folder of its
 * scan root it lies in, or to the root itself when it lies directly in it.
 */
public final class DefaultSources implements SourceResolver {
  @Override
  public Optional<DataSource> resolve(String root, String path, String url) {
    String host = host(url);
    if (host != null) {
      return Optional.of(
          DataSource.plain(
              "host:" + host, DataSource.HOST, host, scheme(url) + "://" + host + "/"));
    }
    return Optional.of(folder(root, path));
  }

  static DataSource folder(String root, String path) {
    Path rootPath = Path.of(root);
    String rootName = rootPath.getFileName() == null ? root : rootPath.getFileName().toString();
    String top = topSegment(path);
    if (top == null) {
      return DataSource.plain("folder:" + rootName, DataSource.FOLDER, rootName, root);
    }
    return DataSource.plain(
        "folder:" + rootName + "/" + top, DataSource.FOLDER, top, root + "/" + top);
  }

  /** The first folder of a path, or null when the item lies directly in the root. */
  static String topSegment(String path) {
    int end = path.length();
    for (String stop : new String[] {"/", "!/", "#"}) {
      int i = path.indexOf(stop);
      if (i >= 0) {
        end = Math.min(end, i);
      }
    }
    int slash = path.indexOf('/');
    return slash >= 0 && slash == end ? path.substring(0, slash) : null;
  }

  static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.trim()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String scheme(String url) {
    String s = URI.create(url.trim()).getScheme();
    return s == null ? "http" : s.toLowerCase(Locale.ROOT);
  }
}
