package io.provscan.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Frictionless {@code datapackage.json} (Data Package v1 and v2, and the legacy v1.0-beta
 * forms: licences as {@code {type, url}}, a resource's location in {@code url}). Licences use Open
 * Definition ids ({@code ODC-PDDL-1.0}); "a resource's {@code licenses} … if not specified the
 * resource inherits from the data package" (data-resource.md), so a resource's own licences
 * override the package's.
 */
final class DataPackage {
  private DataPackage() {}

  static Manifest read(ManifestFile file, JsonNode json, LicenseNormalizer names) {
    Draft draft = new Draft(file, Manifest.FRICTIONLESS, names);
    if (!json.isObject()) {
      draft.problem(file.fileName() + " is not a JSON object");
      return draft.build();
    }
    draft.name =
        Optional.ofNullable(LenientJson.text(json, "title")).orElse(LenientJson.text(json, "name"));
    List<NormalizedLicense> packageLicenses = licenses(json.get("licenses"), names);
    List<Resource> resources = new ArrayList<>();
    for (JsonNode r : LenientJson.each(json.get("resources"))) {
      if (r.isObject()) {
        resources.add(new Resource(r, licenses(r.get("licenses"), names)));
      }
    }
    if (!json.has("resources")) {
      draft.problem(file.fileName() + " has no resources (a data package must list them)");
    }
    declare(draft, packageLicenses, resources);
    facts(json, draft, resources);
    for (Resource r : resources) {
      files(r, r.own.isEmpty() ? packageLicenses : r.own, draft);
    }
    return draft.build();
  }

  /** A resource with the licences it declares itself. */
  private record Resource(JsonNode json, List<NormalizedLicense> own) {
    String name() {
      return Optional.ofNullable(LenientJson.text(json, "name"))
          .orElse(LenientJson.text(json, "path"));
    }
  }

  /**
   * The source's licences: the package's when a resource inherits them (or there are no resources),
   * then every resource's own.
   */
  private static void declare(
      Draft draft, List<NormalizedLicense> packageLicenses, List<Resource> resources) {
    boolean inherited = resources.isEmpty() || resources.stream().anyMatch(r -> r.own.isEmpty());
    if (inherited) {
      packageLicenses.forEach(l -> add(draft, l));
    }
    resources.forEach(r -> r.own.forEach(l -> add(draft, l)));
  }

  private static void add(Draft draft, NormalizedLicense l) {
    draft.addLicense(l.id());
    l.problem().ifPresent(draft::problem);
  }

  /**
   * {@code licenses}: objects with {@code name} (legacy: {@code type}), else {@code path} (legacy:
   * {@code url}); when the name is not recognised but the path is a known licence URL, the URL
   * wins.
   */
  private static List<NormalizedLicense> licenses(JsonNode node, LicenseNormalizer names) {
    List<NormalizedLicense> out = new ArrayList<>();
    for (JsonNode license : LenientJson.each(node)) {
      String name = license.isObject() ? first(license, "name", "type") : LenientJson.text(license);
      String path = license.isObject() ? first(license, "path", "url") : null;
      NormalizedLicense byName = name == null ? null : names.normalize(name);
      NormalizedLicense byPath = path == null ? null : names.normalize(path);
      if (byName == null || (byName.problem().isPresent() && isSure(byPath))) {
        byName = byPath;
      }
      if (byName == null && license.isObject()) {
        String title = LenientJson.text(license, "title");
        byName = title == null ? null : names.normalize(title);
      }
      if (byName != null) {
        out.add(byName);
      }
    }
    return out;
  }

  private static boolean isSure(NormalizedLicense l) {
    return l != null && l.problem().isEmpty();
  }

  private static String first(JsonNode node, String... fields) {
    for (String f : fields) {
      String t = LenientJson.text(node, f);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  private static void facts(JsonNode json, Draft draft, List<Resource> resources) {
    draft.fact("name", LenientJson.text(json, "name"));
    draft.fact("title", LenientJson.text(json, "title"));
    draft.fact("version", LenientJson.text(json, "version"));
    draft.fact("homepage", LenientJson.text(json, "homepage"));
    draft.fact("sources", LenientJson.texts(json.get("sources"), "title", "name", "path", "web"));
    List<Map<String, Object>> overrides = new ArrayList<>();
    for (Resource r : resources) {
      if (!r.own.isEmpty()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("resource", String.valueOf(r.name()));
        m.put("licenses", r.own.stream().map(NormalizedLicense::id).toList());
        overrides.add(m);
      }
    }
    draft.fact("resourceLicenses", overrides);
    draft.fact("resources", resources.size());
  }

  /**
   * A resource's files: {@code path} (a string or a list, all URLs or all relative paths), or the
   * v0 {@code url}. {@code hash} and {@code bytes} describe a single file, so they are checked only
   * for a resource with one path.
   */
  private static void files(Resource r, List<NormalizedLicense> licenses, Draft draft) {
    List<String> paths = LenientJson.texts(r.json.get("path"));
    if (paths.isEmpty()) {
      paths = LenientJson.texts(r.json.get("url"));
    }
    List<String> ids = licenses.stream().map(NormalizedLicense::id).toList();
    boolean single = paths.size() == 1;
    for (String p : paths) {
      String local = draft.local(p);
      if (local == null) {
        continue;
      }
      Checksum checksum = single ? checksum(r, draft) : null;
      Long size = single ? bytes(r.json) : null;
      draft.files.add(new ListedFile(local, p, checksum, size, ids));
    }
  }

  private static Checksum checksum(Resource r, Draft draft) {
    String hash = LenientJson.text(r.json, "hash");
    if (hash == null) {
      return null;
    }
    StringBuilder why = new StringBuilder();
    Optional<Checksum> parsed = Checksum.frictionless(hash, why);
    if (parsed.isEmpty()) {
      draft.problem("resource '" + r.name() + "': " + why + "; its hash is not checked");
    }
    return parsed.orElse(null);
  }

  private static Long bytes(JsonNode resource) {
    JsonNode b = resource.get("bytes");
    return b != null && b.isIntegralNumber() && b.asLong() >= 0 ? b.asLong() : null;
  }
}
