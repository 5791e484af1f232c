package io.provscan.licensedb;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates one of provscan's own licence entries, a YAML file named after its id ({@code
 * llama2.yaml} holds {@code LicenseRef-llama2}). Strict: an unknown field, a missing required one
 * or a value of the wrong shape fails with a message naming the file and the field, so a bad entry
 * stops the build (the catalogue generator reads every entry).
 */
public final class EntryFile {
  /** SPDX: a LicenseRef id is {@code LicenseRef-} and letters, digits, '.' and '-' (Annex D). */
  static final Pattern LICENSE_REF = Pattern.compile("LicenseRef-[A-Za-z0-9.\\-]+");

  private static final Set<String> FIELDS =
      Set.of(
          "id",
          "name",
          "version",
          "date",
          "category",
          "urls",
          "aliases",
          "match",
          "clauses",
          "supersedes",
          "notes");
  private static final Set<String> MATCH_FIELDS = Set.of("all", "any", "none");
  private static final Set<String> CLAUSE_FIELDS = Set.of("id", "value", "phrase");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final String file;
  private final YamlFields fields;

  private EntryFile(String file) {
    this.file = file;
    this.fields = new YamlFields(file);
  }

  /**
   * Reads the entry in {@code path}.
   *
   * @param shownAs how the file is named in messages (its path from the project root)
   * @throws IllegalArgumentException naming the file and the field that is wrong
   */
  public static LicenseEntry read(Path path, String shownAs) throws IOException {
    EntryFile reader = new EntryFile(shownAs);
    JsonNode root;
    try {
      root = YAML.readTree(Files.readString(path));
    } catch (JacksonException e) {
      throw reader.fail("(file)", "is not valid YAML: " + e.getOriginalMessage());
    }
    LicenseEntry entry = reader.entry(root);
    String expected = entry.id().substring("LicenseRef-".length()) + ".yaml";
    if (!path.getFileName().toString().equals(expected)) {
      throw reader.fail("id", "'" + entry.id() + "' must live in a file named " + expected);
    }
    return entry;
  }

  /** Reads an entry from a YAML string (tests). */
  public static LicenseEntry parse(String yaml, String shownAs) {
    EntryFile reader = new EntryFile(shownAs);
    try {
      return reader.entry(YAML.readTree(yaml));
    } catch (JacksonException e) {
      throw reader.fail("(file)", "is not valid YAML: " + e.getOriginalMessage());
    }
  }

  private LicenseEntry entry(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw fail("(file)", "must be a YAML mapping of fields");
    }
    fields.onlyFields(root, FIELDS, "");
    String id = fields.requiredText(root, "id");
    if (!LICENSE_REF.matcher(id).matches()) {
      throw fail("id", "'" + id + "' must be LicenseRef- followed by letters, digits, '.' or '-'");
    }
    List<String> aliases = fields.texts(root, "aliases");
    if (aliases.isEmpty()) {
      throw fail("aliases", "needs at least one alias (the Hugging Face id or common name)");
    }
    return new LicenseEntry(
        id,
        fields.requiredText(root, "name"),
        fields.optionalText(root, "version"),
        date(root),
        category(root),
        LicenseEntry.PROVSCAN,
        false,
        false,
        false,
        false,
        urls(root),
        aliases,
        null,
        match(root.get("match")),
        clauses(root.get("clauses")),
        fields.texts(root, "supersedes"),
        fields.optionalText(root, "notes"),
        file);
  }

  private LicenseCategory category(JsonNode root) {
    String value = fields.requiredText(root, "category");
    try {
      return LicenseCategory.fromId(value);
    } catch (IllegalArgumentException e) {
      throw fail("category", e.getMessage());
    }
  }

  private String date(JsonNode root) {
    String value = fields.optionalText(root, "date");
    if (value != null) {
      try {
        LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw fail("date", "'" + value + "' must be a date as YYYY-MM-DD");
      }
    }
    return value;
  }

  private List<String> urls(JsonNode root) {
    List<String> urls = fields.texts(root, "urls");
    for (String url : urls) {
      if (!url.startsWith("https://") && !url.startsWith("http://")) {
        throw fail("urls", "'" + url + "' must start with https:// or http://");
      }
    }
    return urls;
  }

  private LicenseEntry.Match match(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw fail("match", "is required: the phrases that recognise the text ({all, any, none})");
    }
    fields.onlyFields(node, MATCH_FIELDS, "match.");
    List<String> all = fields.texts(node, "all", "match.all");
    if (all.isEmpty()) {
      throw fail("match.all", "needs at least one phrase (the title, or a version or date line)");
    }
    return new LicenseEntry.Match(
        all, fields.texts(node, "any", "match.any"), fields.texts(node, "none", "match.none"));
  }

  private List<LicenseEntry.ClauseSpec> clauses(JsonNode node) {
    List<LicenseEntry.ClauseSpec> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (!node.isArray()) {
      throw fail("clauses", "must be a list of {id, value, phrase}");
    }
    for (int i = 0; i < node.size(); i++) {
      out.add(clause(node.get(i), "clauses[" + i + "]"));
    }
    return out;
  }

  private LicenseEntry.ClauseSpec clause(JsonNode node, String where) {
    if (!node.isObject()) {
      throw fail(where, "must be a mapping {id, value, phrase}");
    }
    fields.onlyFields(node, CLAUSE_FIELDS, where + ".");
    String id = fields.requiredText(node, "id", where + ".id");
    ClauseType type;
    try {
      type = ClauseType.fromId(id);
    } catch (IllegalArgumentException e) {
      throw fail(where + ".id", e.getMessage());
    }
    Object value = node.has("value") ? YAML.convertValue(node.get("value"), Object.class) : null;
    String problem = type.check(value);
    if (problem != null) {
      throw fail(where + ".value", "of " + id + " " + problem);
    }
    return new LicenseEntry.ClauseSpec(
        type, value, fields.optionalText(node, "phrase", where + ".phrase"));
  }

  private IllegalArgumentException fail(String field, String problem) {
    return fields.fail(field, problem);
  }
}
