package io.provscan.manifest;

import java.nio.file.Path;

/**
 * Where a manifest lies.
 *
 * @param root the scan root, absolute (for a file given as root: its folder)
 * @param rootName the root's folder name, as source ids use it
 * @param path the manifest's path relative to the root, {@code /} separators
 */
record ManifestFile(String root, String rootName, String path) {
  static ManifestFile of(Path root, String path) {
    Path name = root.getFileName();
    return new ManifestFile(
        root.toString(), name == null ? root.toString() : name.toString(), path);
  }

  /** The manifest's folder relative to the root; {@code ""} for the root. */
  String folder() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** The manifest's file name. */
  String fileName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** A name for a source that declares none: its folder, or the root's. */
  String displayName() {
    String folder = folder();
    return folder.isEmpty() ? rootName : folder.substring(folder.lastIndexOf('/') + 1);
  }

  /** The manifest's absolute path, as the source's origin. */
  String origin() {
    return root + "/" + path;
  }
}
