package io.provscan.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.internal.Json;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The reading every JSON manifest format shares: a file cut at {@link
 * ManifestFormat#MAX_MANIFEST_BYTES}, not JSON, or empty is a problem on its source (or, for a
 * tentative format, no manifest at all); the rest goes to the format's own reader.
 *
 * @param format the format's id, for the source of an unreadable file
 * @param tentative whether an unreadable file is simply not a manifest
 * @param says whether the parsed JSON is of this format
 * @param reader the format's reader
 */
record JsonManifestReader(
    String format, boolean tentative, Predicate<JsonNode> says, ManifestFormat.JsonReader reader)
    implements ManifestFormat.Reader {
  @Override
  public Optional<Manifest> read(ManifestFile file, byte[] bytes, LicenseNormalizer names) {
    if (bytes.length >= ManifestFormat.MAX_MANIFEST_BYTES) {
      return unreadable(file, "is larger than 16 MiB; not read", names);
    }
    JsonNode json;
    try {
      json = Json.mapper().readTree(bytes);
    } catch (IOException | RuntimeException e) {
      return unreadable(file, "is not valid JSON: " + Problems.of(e), names);
    }
    if (json == null || json.isMissingNode()) {
      return unreadable(file, "is empty", names);
    }
    return says.test(json) ? Optional.of(reader.read(file, json, names)) : Optional.empty();
  }

  private Optional<Manifest> unreadable(ManifestFile file, String why, LicenseNormalizer names) {
    return ManifestFormat.unreadable(format, tentative, file, why, names);
  }
}
