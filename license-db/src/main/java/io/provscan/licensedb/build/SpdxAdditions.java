package io.provscan.licensedb.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.provscan.licensedb.LicenseCategory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What provscan adds to SPDX entries, read from {@code spdx.yaml}: a category per licence (ordered
 * rules, first match wins), alternative names, and names that stand for expressions. Every id it
 * names exactly must be on the SPDX list, so a typo fails the build.
 */
final class SpdxAdditions {
  private final String file;
  private final List<Rule> rules = new ArrayList<>();
  private LicenseCategory freeDefault;
  private LicenseCategory otherDefault;
  private final Map<String, List<String>> aliases = new LinkedHashMap<>();
  private final Map<String, String> expressions = new LinkedHashMap<>();

  private record Rule(LicenseCategory category, List<String> ids, List<Pattern> globs) {}

  private SpdxAdditions(String file) {
    this.file = file;
  }

  /** Reads {@code path}; {@code knownIds} are the SPDX ids (licences and exceptions). */
  static SpdxAdditions read(Path path, String shownAs, Set<String> knownIds) throws IOException {
    SpdxAdditions a = new SpdxAdditions(shownAs);
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(path));
    a.readCategories(root.path("categories"), knownIds);
    a.readDefault(root.path("default"));
    a.readAliases(root.path("aliases"), knownIds);
    for (Map.Entry<String, JsonNode> e : root.path("expressions").properties()) {
      a.expressions.put(e.getKey(), e.getValue().asText());
    }
    return a;
  }

  private void readCategories(JsonNode list, Set<String> knownIds) {
    for (int i = 0; i < list.size(); i++) {
      JsonNode rule = list.get(i);
      String where = "categories[" + i + "]";
      LicenseCategory category = parseCategory(rule.path("category").asText(), where + ".category");
      List<String> ids = new ArrayList<>();
      List<Pattern> globs = new ArrayList<>();
      for (JsonNode id : rule.path("ids")) {
        String v = id.asText();
        if (v.contains("*")) {
          globs.add(glob(v));
        } else if (!knownIds.contains(v)) {
          throw fail(where + ".ids", "'" + v + "' is not an SPDX id");
        } else {
          ids.add(v);
        }
      }
      rules.add(new Rule(category, ids, globs));
    }
  }

  private void readDefault(JsonNode node) {
    freeDefault = parseCategory(node.path("free").asText(), "default.free");
    otherDefault = parseCategory(node.path("other").asText(), "default.other");
  }

  private void readAliases(JsonNode node, Set<String> knownIds) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!knownIds.contains(e.getKey())) {
        throw fail("aliases." + e.getKey(), "is not an SPDX id");
      }
      List<String> names = new ArrayList<>();
      e.getValue().forEach(n -> names.add(n.asText()));
      aliases.put(e.getKey(), names);
    }
  }

  private LicenseCategory parseCategory(String value, String field) {
    try {
      return LicenseCategory.fromId(value);
    } catch (IllegalArgumentException e) {
      throw fail(field, e.getMessage());
    }
  }

  private static Pattern glob(String glob) {
    String[] parts = glob.split("\\*", -1);
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      re.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(re.toString());
  }

  /** The category of an SPDX licence: the first rule naming it, else the default. */
  LicenseCategory category(String id, boolean osiOrFsf) {
    for (Rule r : rules) {
      if (r.ids.contains(id) || r.globs.stream().anyMatch(g -> g.matcher(id).matches())) {
        return r.category;
      }
    }
    return osiOrFsf ? freeDefault : otherDefault;
  }

  /** The extra names of an SPDX id. */
  List<String> aliases(String id) {
    return aliases.getOrDefault(id, List.of());
  }

  /** Names that stand for expressions. */
  Map<String, String> expressions() {
    return expressions;
  }

  private IllegalArgumentException fail(String field, String problem) {
    return new IllegalArgumentException(file + ": field '" + field + "' " + problem);
  }
}
