package io.provscan.report.cyclonedx;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The SPDX licence ids CycloneDX 1.6 accepts in {@code license.id}: the enum of the {@code
 * spdx.schema.json} the CycloneDX library ships and validates against. Any other licence (a {@code
 * LicenseRef-}, an expression, an id newer than that list) goes in {@code license.name}, which the
 * schema leaves free.
 */
final class SpdxIds {
  private static final Set<String> IDS = load();

  private SpdxIds() {}

  static boolean accepted(String id) {
    return IDS.contains(id);
  }

  private static Set<String> load() {
    try (InputStream in = SpdxIds.class.getResourceAsStream("/spdx.schema.json")) {
      Set<String> ids = new HashSet<>();
      if (in != null) {
        JsonNode tree = Json.mapper().readTree(in);
        tree.path("enum").forEach(n -> ids.add(n.asText()));
      }
      return Set.copyOf(ids);
    } catch (IOException e) {
      throw new UncheckedIOException("the CycloneDX library's spdx.schema.json is unreadable", e);
    }
  }
}
