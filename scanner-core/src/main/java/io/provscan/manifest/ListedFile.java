package io.provscan.manifest;

import java.util.List;

/**
 * A file a manifest lists that is expected in the scan.
 *
 * @param path its path relative to the scan root, as items are named ({@code !/} into an archive)
 * @param declaredAs how the manifest names it (a {@code contentUrl}, a resource {@code path})
 * @param checksum the checksum the manifest gives, or null
 * @param size the size in bytes the manifest gives, or null
 * @param licenses the licences the manifest declares for this file (its own, else the manifest's)
 */
public record ListedFile(
    String path, String declaredAs, Checksum checksum, Long size, List<String> licenses) {
  /** Copies the licences. */
  public ListedFile {
    licenses = List.copyOf(licenses);
  }
}
