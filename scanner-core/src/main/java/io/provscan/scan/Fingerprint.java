package io.provscan.scan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.provscan.internal.Hashing;
import io.provscan.internal.Json;
import io.provscan.licensedb.Catalog;
import io.provscan.manifest.Manifests;
import io.provscan.source.PrePass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a scan's findings depend on besides the items themselves, as one SHA-256: provscan's
 * version, the roots, every option that changes what is extracted or detected, the licence
 * catalogue, the dataset manifests and the site policies. A rescan reuses a previous scan's records
 * only when this is the same; {@code --threads}, {@code --quiet}, {@code --out}, the fetch interval
 * and the policy are left out (the policy is applied to reused findings again).
 */
final class Fingerprint {
  /** Options that leave every finding as it is. */
  private static final List<String> NEUTRAL = List.of("threads", "policy", "fetchIntervalMs");

  private Fingerprint() {}

  /**
   * The digest of what this scan's findings depend on, or null when they depend on something no
   * digest can pin down: policy files fetched from the live web ({@code --fetch-site-policies}).
   */
  static String findings(ScanOptions options, Manifests manifests, List<PrePass> prePasses) {
    if (options.optOut().fetch()) {
      return null;
    }
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("tool", ToolVersion.get());
    node.set(
        "roots", Json.mapper().valueToTree(options.roots().stream().map(Path::toString).toList()));
    Map<String, Object> described = options.describe();
    NEUTRAL.forEach(described::remove);
    node.set("options", Json.mapper().valueToTree(described));
    node.put("catalogue", options.licenses() ? catalogue() : "");
    // Records' toString names every value a manifest contributes (sources, listed files, licences).
    node.put("manifests", sha256(manifests.all().toString()));
    StringBuilder passes = new StringBuilder();
    prePasses.forEach(p -> passes.append(p.digest()).append('\n'));
    node.put("prePasses", sha256(passes.toString()));
    node.put("sitePolicyFolder", folder(options.optOut().sitePolicies()));
    return sha256(node.toString());
  }

  /** SHA-256 of the bundled catalogue resources: any change to an entry or template shows. */
  static String catalogue() {
    MessageDigest md = Hashing.sha256();
    for (String resource : List.of(Catalog.RESOURCE, Catalog.HEADERS, Catalog.TEMPLATES)) {
      try (InputStream in = Catalog.class.getResourceAsStream(resource)) {
        if (in != null) {
          md.update(in.readAllBytes());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("the licence catalogue cannot be read", e);
      }
    }
    return Hashing.hex(md.digest());
  }

  /** Names, sizes and modification times of the files in a site-policy folder ("" when none). */
  private static String folder(Path dir) {
    if (dir == null || !Files.isDirectory(dir)) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted().toList()) {
        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
        sb.append(dir.relativize(f)).append(' ').append(a.size()).append(' ');
        sb.append(a.lastModifiedTime().toMillis()).append('\n');
      }
    } catch (IOException e) {
      return "unreadable " + System.nanoTime(); // never equal: nothing is reused
    }
    return sha256(sb.toString());
  }

  private static String sha256(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    return Hashing.sha256Hex(bytes, bytes.length);
  }
}
