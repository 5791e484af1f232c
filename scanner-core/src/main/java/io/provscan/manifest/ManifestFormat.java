package io.provscan.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One manifest format: the file names it claims and the reader that turns such a file into a {@link
 * Manifest}. Every format is one entry of {@link ManifestFormats#ALL}, so adding a format is its
 * reader, its entry there and its test.
 *
 * @param id the format's name, as {@link Manifest#format()} and the source's {@code facts.manifest}
 *     give it
 * @param claims whether a file of this name (lower-cased) is this format's to read
 * @param tentative true when other kinds of file use the name too ({@code metadata.json}): such a
 *     file that does not read as this format is not a manifest, rather than a manifest with a
 *     problem
 * @param reader reads the file's first {@link #MAX_MANIFEST_BYTES} bytes; empty when the content
 *     says it is not this format after all
 */
record ManifestFormat(String id, Predicate<String> claims, boolean tentative, Reader reader) {
  /** Largest manifest read, in bytes: {@value}. A card's front matter must end within it. */
  static final int MAX_MANIFEST_BYTES = 16 << 20;

  /** Reads a manifest from the bytes of its file. */
  @FunctionalInterface
  interface Reader {
    Optional<Manifest> read(ManifestFile file, byte[] bytes, LicenseNormalizer names);
  }

  /** Reads a manifest from its file parsed as JSON. */
  @FunctionalInterface
  interface JsonReader {
    Manifest read(ManifestFile file, JsonNode json, LicenseNormalizer names);
  }

  /** A format read from the raw bytes (a card's front matter). */
  static ManifestFormat text(String id, Predicate<String> claims, Reader reader) {
    return new ManifestFormat(id, claims, false, reader);
  }

  /** A JSON format: a file too large, not JSON, or empty is a manifest with that problem. */
  static ManifestFormat json(String id, Predicate<String> claims, JsonReader reader) {
    return new ManifestFormat(
        id, claims, false, new JsonManifestReader(id, false, j -> true, reader));
  }

  /**
   * A JSON format under a name other files use too: read only when the JSON {@code says} it is this
   * format; anything else under the name is not a manifest.
   */
  static ManifestFormat jsonIf(
      String id, Predicate<String> claims, Predicate<JsonNode> says, JsonReader reader) {
    return new ManifestFormat(id, claims, true, new JsonManifestReader(id, true, says, reader));
  }

  /**
   * Claims {@code name} and any name that ends with {@code .name}: a prefix ({@code
   * squad.README.md}) lets several manifests be kept in one folder.
   */
  static Predicate<String> named(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return n -> n.equals(lower) || n.endsWith("." + lower);
  }

  /** Reads a file of this format. */
  Optional<Manifest> read(ManifestFile file, byte[] bytes, LicenseNormalizer names) {
    return reader.read(file, bytes, names);
  }

  /** A file of this format that could not be read: a source with the problem, declaring nothing. */
  Optional<Manifest> unreadable(ManifestFile file, String why, LicenseNormalizer names) {
    return unreadable(id, tentative, file, why, names);
  }

  static Optional<Manifest> unreadable(
      String id, boolean tentative, ManifestFile file, String why, LicenseNormalizer names) {
    if (tentative) {
      return Optional.empty();
    }
    Draft draft = new Draft(file, id, names);
    draft.problem(file.fileName() + " " + why);
    return Optional.of(draft.build());
  }
}
