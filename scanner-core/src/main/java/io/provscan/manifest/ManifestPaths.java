package io.provscan.manifest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/** Resolves the paths manifests write against the scan root. */
final class ManifestPaths {
  /** A URI scheme ({@code https:}, {@code hf:}, {@code git+https:}): the file is remote. */
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

  private ManifestPaths() {}

  /**
   * The path of {@code reference}, written relative to {@code folder}, relative to the scan root;
   * null when it is a URL, absolute, or leads out of the root (such files are not expected in the
   * scan, so provscan does not check them).
   */
  static String local(String folder, String reference) {
    if (reference == null) {
      return null;
    }
    String r = reference.strip().replace('\\', '/');
    if (r.isEmpty() || r.startsWith("/") || SCHEME.matcher(r).matches()) {
      return null;
    }
    Deque<String> segments = new ArrayDeque<>();
    String joined = folder.isEmpty() ? r : folder + "/" + r;
    for (String segment : joined.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          return null;
        }
        segments.removeLast();
      } else {
        segments.addLast(segment);
      }
    }
    return segments.isEmpty() ? null : String.join("/", segments);
  }
}
