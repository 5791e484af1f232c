package io.provscan.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads an MLCommons Croissant description (JSON-LD, spec 1.0 and 1.1): the dataset's licences, its
 * {@code distribution} of {@code FileObject}s and {@code FileSet}s, PROV-O lineage and the
 * Responsible-AI fields. Keys are read as the compact names real files use ({@code license}, {@code
 * rai:dataCollection}, {@code prov:wasDerivedFrom}); JSON-LD is not expanded.
 */
final class Croissant {
  /** Ways a contained file's container may be nested before provscan stops following: {@value}. */
  static final int MAX_CONTAINER_DEPTH = 8;

  private Croissant() {}

  /** True when JSON declares itself Croissant: {@code conformsTo} or its {@code @context}. */
  static boolean isCroissant(JsonNode json) {
    if (json == null || !json.isObject()) {
      return false;
    }
    List<String> marks = new ArrayList<>(LenientJson.texts(json.get("conformsTo")));
    marks.addAll(LenientJson.texts(json.get("dct:conformsTo")));
    JsonNode context = json.get("@context");
    if (context != null && context.isObject()) {
      marks.addAll(LenientJson.texts(context.get("cr")));
    }
    return marks.stream()
        .anyMatch(s -> s.toLowerCase(Locale.ROOT).contains("mlcommons.org/croissant"));
  }

  static Manifest read(ManifestFile file, JsonNode json, LicenseNormalizer names) {
    Draft draft = new Draft(file, Manifest.CROISSANT, names);
    if (!json.isObject()) {
      draft.problem(file.fileName() + " is not a JSON object");
      return draft.build();
    }
    for (JsonNode license : LenientJson.each(json.get("license"))) {
      String value =
          license.isObject() ? first(license, "url", "@id", "name") : LenientJson.text(license);
      if (value != null) {
        draft.license(value);
      }
    }
    facts(json, draft);
    draft.fact("rai", RaiFields.of(json));
    distribution(json.get("distribution"), draft);
    return draft.build();
  }

  private static void facts(JsonNode json, Draft draft) {
    draft.name = LenientJson.text(json, "name");
    List<String> conforms = new ArrayList<>(LenientJson.texts(json.get("conformsTo")));
    conforms.addAll(LenientJson.texts(json.get("dct:conformsTo")));
    draft.fact("conformsTo", conforms);
    draft.fact("url", LenientJson.text(json, "url"));
    draft.fact("version", LenientJson.text(json, "version"));
    draft.fact("datePublished", LenientJson.text(json, "datePublished"));
    draft.fact("creators", LenientJson.texts(json.get("creator"), "name", "url", "@id"));
    draft.fact("publishers", LenientJson.texts(json.get("publisher"), "name", "url", "@id"));
    draft.fact("sdLicense", LenientJson.texts(json.get("sdLicense"), "url", "@id", "name"));
    draft.fact("citeAs", LenientJson.text(json, "citeAs"));
    List<String> derived = new ArrayList<>();
    List<String> generated = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : json.properties()) {
      String key = e.getKey().toLowerCase(Locale.ROOT);
      if (key.endsWith("wasderivedfrom")) {
        derived.addAll(
            LenientJson.texts(e.getValue(), "prov:locatedAt", "url", "sameAs", "@id", "name"));
      } else if (key.endsWith("wasgeneratedby")) {
        generated.addAll(LenientJson.texts(e.getValue(), "description", "name", "@id"));
      }
    }
    draft.fact("derivedFrom", derived);
    draft.fact("generatedBy", generated);
  }

  /**
   * The files and file sets. A {@code contentUrl} relative to the manifest is a local file expected
   * in the scan; inside a local archive ({@code containedIn}) it is that archive's member; URLs and
   * members of remote containers (a {@code git+https} repository) are not downloaded, so not
   * checked.
   */
  private static void distribution(JsonNode distribution, Draft draft) {
    Map<String, JsonNode> byId = new HashMap<>();
    List<JsonNode> entries = LenientJson.each(distribution);
    for (JsonNode entry : entries) {
      String id = first(entry, "@id", "name");
      if (id != null) {
        byId.putIfAbsent(id, entry);
      }
    }
    int remote = 0;
    TreeSet<String> formats = new TreeSet<>();
    for (JsonNode entry : entries) {
      formats.addAll(LenientJson.texts(entry.get("encodingFormat")));
      boolean local =
          LenientJson.hasType(entry, "FileSet")
              ? fileSet(entry, byId, draft)
              : fileObject(entry, byId, draft);
      remote += local ? 0 : 1;
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("entries", entries.size());
    summary.put("localFiles", draft.files.size());
    summary.put("localFileSets", draft.patterns.size());
    summary.put("remote", remote);
    summary.put("encodingFormats", List.copyOf(formats));
    draft.fact("distribution", summary);
  }

  private static boolean fileObject(JsonNode entry, Map<String, JsonNode> byId, Draft draft) {
    String contentUrl = LenientJson.text(entry, "contentUrl");
    String path = within(entry, contentUrl, byId, draft, 0);
    if (path == null) {
      return false;
    }
    String name = first(entry, "name", "@id");
    draft.files.add(
        new ListedFile(
            path, contentUrl, checksum(entry, name, draft), size(entry), draft.licenses()));
    return true;
  }

  private static boolean fileSet(JsonNode entry, Map<String, JsonNode> byId, Draft draft) {
    List<String> includes = new ArrayList<>();
    for (String include : LenientJson.texts(entry.get("includes"))) {
      includes.addAll(pythonList(include));
    }
    boolean any = false;
    for (String include : includes) {
      String glob = within(entry, include, byId, draft, 0);
      if (glob != null) {
        draft.patterns.add(new FilePattern(glob, include));
        any = true;
      }
    }
    return any;
  }

  /**
   * The scan path of {@code reference} in the entry's container: relative to the manifest without
   * one, {@code archive!/reference} inside a local archive; null when remote.
   */
  private static String within(
      JsonNode entry, String reference, Map<String, JsonNode> byId, Draft draft, int depth) {
    if (reference == null) {
      return null;
    }
    JsonNode containedIn = entry.get("containedIn");
    if (containedIn == null || containedIn.isNull()) {
      return draft.local(reference);
    }
    List<String> refs = LenientJson.texts(containedIn, "@id", "name");
    JsonNode container = refs.isEmpty() ? null : byId.get(refs.get(0));
    if (container == null || container == entry || depth >= MAX_CONTAINER_DEPTH) {
      return null;
    }
    if (LenientJson.texts(container.get("encodingFormat")).stream()
        .anyMatch(f -> f.startsWith("git+"))) {
      return null; // a repository: its files are remote
    }
    String outer =
        within(container, LenientJson.text(container, "contentUrl"), byId, draft, depth + 1);
    String member = reference.strip().replaceAll("^(\\./|/)+", "");
    return outer == null || member.isEmpty() ? null : outer + "!/" + member;
  }

  /** {@code sha256} if usable, else {@code md5}; an unusable one is a problem (not checked). */
  private static Checksum checksum(JsonNode entry, String name, Draft draft) {
    for (String algorithm : List.of("sha256", "md5")) {
      String value = first(entry, algorithm, "cr:" + algorithm, "sc:" + algorithm);
      if (value == null) {
        continue;
      }
      StringBuilder why = new StringBuilder();
      Optional<Checksum> parsed = Checksum.parse(algorithm, value, why);
      if (parsed.isPresent()) {
        return parsed.get();
      }
      draft.problem("file '" + name + "': " + why + "; its checksum is not checked");
    }
    return null;
  }

  /** {@code contentSize} in bytes ("117743 B", "117743"); other units are left unchecked. */
  private static Long size(JsonNode entry) {
    JsonNode node = entry.get("contentSize");
    if (node != null && node.canConvertToLong() && node.isIntegralNumber()) {
      return node.asLong();
    }
    String text = LenientJson.text(node);
    if (text == null) {
      return null;
    }
    String t = text.replaceAll("(?i)\\s*(b|bytes?)$", "");
    try {
      return t.matches("\\d{1,18}") ? Long.parseLong(t) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * {@code includes} values, some of which real files write as a Python list in a string
   * (dices-350: {@code "['350/*.csv']"}).
   */
  static List<String> pythonList(String value) {
    String v = value.strip();
    if (!(v.startsWith("[") && v.endsWith("]"))) {
      return List.of(v);
    }
    List<String> out = new ArrayList<>();
    for (String part : v.substring(1, v.length() - 1).split(",")) {
      String p = part.strip().replaceAll("^['\"]|['\"]$", "");
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
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
}
