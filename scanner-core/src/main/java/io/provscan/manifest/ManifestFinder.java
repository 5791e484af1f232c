package io.provscan.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import io.provscan.internal.Json;
import io.provscan.source.RootFiles;
import io.provscan.source.SourceLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The pre-pass: walks the scan roots as the scan will (same excludes, same link policy, never into
 * the output folder) and reads only files named like manifests. Manifests inside archives are not
 * read. Never throws for what it finds: an unreadable or malformed manifest is a source with a
 * problem, an unreadable folder is left to the scan to report.
 */
final class ManifestFinder {
  /** Largest manifest read, in bytes: {@value}. A card's front matter must end within it. */
  static final int MAX_MANIFEST_BYTES = 16 << 20;

  private final SourceLimits limits;
  private final LicenseNormalizer names;

  ManifestFinder(SourceLimits limits, LicenseNormalizer names) {
    this.limits = limits;
    this.names = names;
  }

  /** The manifest formats, recognised by file name; {@code null} for other files. */
  enum Kind {
    CARD,
    CROISSANT,
    METADATA_JSON,
    DATAPACKAGE;

    /**
     * A card is {@code README.md}; a data package {@code datapackage.json} (the name the
     * Frictionless spec gives it); a Croissant file is a JSON file with "croissant" in its name, or
     * a {@code metadata.json} that says it is Croissant. A prefix ({@code squad.README.md}) is
     * allowed, so that several manifests can be kept in one folder.
     */
    static Kind of(String fileName) {
      String n = fileName.toLowerCase(Locale.ROOT);
      if (n.equals("readme.md") || n.endsWith(".readme.md")) {
        return CARD;
      }
      if (n.equals("datapackage.json") || n.endsWith(".datapackage.json")) {
        return DATAPACKAGE;
      }
      if ((n.endsWith(".json") || n.endsWith(".jsonld")) && n.contains("croissant")) {
        return CROISSANT;
      }
      return n.equals("metadata.json") ? METADATA_JSON : null;
    }
  }

  /** The manifests in every root: root by root, each root's by path. */
  List<Manifest> find(List<Path> roots) {
    List<Manifest> found = new ArrayList<>();
    for (Path r : roots) {
      Path root = r.toAbsolutePath().normalize();
      List<Manifest> inRoot = new ArrayList<>();
      if (Files.isDirectory(root)) {
        walk(root, inRoot);
      } else if (Files.isRegularFile(root) && root.getParent() != null) {
        String name = root.getFileName().toString();
        read(root.getParent(), name, root).ifPresent(inRoot::add);
      }
      inRoot.sort(Comparator.comparing(Manifest::path));
      found.addAll(inRoot);
    }
    return found;
  }

  private void walk(Path root, List<Manifest> found) {
    RootFiles.walk(root, limits, (rel, file) -> read(root, rel, file).ifPresent(found::add));
  }

  /** The manifest in a file, when its name says manifest and its content agrees. */
  Optional<Manifest> read(Path root, String rel, Path file) {
    Kind kind = Kind.of(file.getFileName().toString());
    if (kind == null) {
      return Optional.empty();
    }
    ManifestFile where = ManifestFile.of(root, rel);
    byte[] bytes;
    try {
      bytes = head(file);
    } catch (IOException e) {
      return kind == Kind.METADATA_JSON
          ? Optional.empty()
          : Optional.of(unreadable(where, kind, "could not be read: " + Problems.of(e)));
    }
    if (kind == Kind.CARD) {
      return HfCard.read(where, bytes, names);
    }
    if (bytes.length >= MAX_MANIFEST_BYTES) {
      return kind == Kind.METADATA_JSON
          ? Optional.empty()
          : Optional.of(unreadable(where, kind, "is larger than 16 MiB; not read"));
    }
    return json(where, kind, bytes);
  }

  private Optional<Manifest> json(ManifestFile where, Kind kind, byte[] bytes) {
    JsonNode json;
    try {
      json = Json.mapper().readTree(bytes);
    } catch (IOException | RuntimeException e) {
      return kind == Kind.METADATA_JSON
          ? Optional.empty()
          : Optional.of(unreadable(where, kind, "is not valid JSON: " + Problems.of(e)));
    }
    if (json == null || json.isMissingNode()) {
      return kind == Kind.METADATA_JSON
          ? Optional.empty()
          : Optional.of(unreadable(where, kind, "is empty"));
    }
    return switch (kind) {
      case DATAPACKAGE -> Optional.of(DataPackage.read(where, json, names));
      case CROISSANT -> Optional.of(Croissant.read(where, json, names));
      default ->
          Croissant.isCroissant(json)
              ? Optional.of(Croissant.read(where, json, names))
              : Optional.empty();
    };
  }

  /** A manifest that could not be read: a source with the problem, declaring nothing. */
  private Manifest unreadable(ManifestFile where, Kind kind, String why) {
    String format = kind == Kind.DATAPACKAGE ? Manifest.FRICTIONLESS : Manifest.CROISSANT;
    Draft draft = new Draft(where, kind == Kind.CARD ? Manifest.HF_CARD : format, names);
    draft.problem(where.fileName() + " " + why);
    return draft.build();
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(MAX_MANIFEST_BYTES);
    }
  }
}
