package io.provscan.sitepolicy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A folder of saved policy files ({@code --site-policies DIR}): {@code <host>/robots.txt}, {@code
 * <host>/.well-known/tdmrep.json} and {@code <host>/ai.txt}. A file that is there counts as served
 * with status 200 on every origin of the host; a file that is not there is unknown, not a 404.
 */
public final class PolicyFolder implements SiteSource {
  private final Path dir;

  /** A source over {@code dir}. */
  public PolicyFolder(Path dir) {
    this.dir = dir;
  }

  @Override
  public SiteFiles files(String origin) {
    String host = Origins.host(origin);
    if (host == null || host.contains("/") || host.contains("\\") || host.startsWith(".")) {
      return SiteFiles.none(origin);
    }
    Map<PolicyKind, PolicyFile> found = new EnumMap<>(PolicyKind.class);
    List<String> notes = new ArrayList<>();
    for (PolicyKind kind : PolicyKind.values()) {
      Path file = dir.resolve(host).resolve(kind.fileName());
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] body = in.readNBytes(PolicyFile.MAX_BYTES);
        String url = origin + kind.path();
        Instant date = Files.getLastModifiedTime(file).toInstant();
        found.put(kind, new PolicyFile(kind, url, 200, null, body, date, "folder", null));
      } catch (IOException e) {
        notes.add(kind.fileName() + " in the site-policies folder cannot be read: " + e);
      }
    }
    return new SiteFiles(origin, found, notes);
  }
}
