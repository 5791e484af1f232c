package io.provscan.detect.license;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.provscan.detect.LicenseFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Licences a manifest declares about its item: a model card's YAML front matter ({@code license:},
 * {@code license_name:} when the licence is {@code other}), {@code package.json} ({@code license},
 * {@code licenses}), a POM's licence names and URLs, Rust's {@code Cargo.toml} ({@code license =}
 * in {@code [package]}), Python's {@code pyproject.toml} ({@code license =} in {@code [project]}, a
 * string or {@code {text = …}}) and core metadata ({@code PKG-INFO}, {@code METADATA}: {@code
 * License-Expression:}, else a one-line {@code License:}). A manifest that does not parse declares
 * nothing.
 */
final class ManifestDeclarations {
  /** Largest front matter or manifest parsed, in characters: {@value}. */
  static final int MAX_MANIFEST = 256 * 1024;

  /** Lines of a POM read at most: {@value}. */
  private static final int MAX_POM_LINES = 20_000;

  /** Longest POM line read as a licence name or URL, in characters: {@value}. */
  private static final int MAX_POM_NAME = 200;

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final LicenseKnowledge knowledge;
  private final DeclaredNames names;

  ManifestDeclarations(LicenseKnowledge knowledge, DeclaredNames names) {
    this.knowledge = knowledge;
    this.names = names;
  }

  /** Adds to {@code out} what the text of the item named {@code lowerName} declares. */
  void find(String lowerName, String text, List<LicenseFinding> out) {
    frontMatter(text, out);
    if (lowerName.equals("package.json")) {
      packageJson(text, out);
    } else if (lowerName.equals("pom.xml") || lowerName.endsWith(".pom")) {
      pom(text, out);
    } else if (lowerName.equals("cargo.toml")) {
      tomlLicense(text, "package", out);
    } else if (lowerName.equals("pyproject.toml")) {
      tomlLicense(text, "project", out);
    } else if (lowerName.equals("pkg-info") || lowerName.equals("metadata")) {
      coreMetadata(text, out);
    }
  }

  /** {@code license = "…"} (or {@code {text = "…"}}) in the TOML table {@code [section]}. */
  private static final Pattern TOML_LICENSE =
      Pattern.compile("^\\s*license\\s*=\\s*(?:\\{\\s*text\\s*=\\s*)?\"([^\"\\n]{1,200})\"");

  private void tomlLicense(String text, String section, List<LicenseFinding> out) {
    String[] lines = text.split("\n", MAX_POM_LINES);
    boolean inSection = false;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.startsWith("[")) {
        inSection = l.equals("[" + section + "]") || l.equals("[workspace." + section + "]");
        continue;
      }
      Matcher m = TOML_LICENSE.matcher(l);
      if (inSection && m.find()) {
        String declared = m.group(1).strip();
        out.add(names.finding(declared, i + 1, Snippets.cut(l)));
        return;
      }
    }
  }

  /**
   * Python core metadata: the header block before the first blank line; {@code License-Expression}
   * (metadata 2.4) wins over {@code License}, which older tools fill with a name or with a whole
   * licence text (then left to the text finders).
   */
  private void coreMetadata(String text, List<LicenseFinding> out) {
    if (!text.stripLeading().startsWith("Metadata-Version:")) {
      return; // another file called METADATA (Bazel's, a dataset's): not Python's
    }
    String[] lines = text.split("\n", MAX_POM_LINES);
    String license = null;
    int licenseLine = 0;
    for (int i = 0; i < lines.length && !lines[i].isBlank(); i++) {
      String l = lines[i].strip();
      if (l.regionMatches(true, 0, "License-Expression:", 0, 19)) {
        String declared = l.substring(19).strip();
        if (!declared.isEmpty()) {
          out.add(names.finding(declared, i + 1, Snippets.cut(l)));
          return;
        }
      } else if (license == null && l.regionMatches(true, 0, "License:", 0, 8)) {
        boolean continued = i + 1 < lines.length && lines[i + 1].startsWith(" ");
        String value = l.substring(8).strip();
        if (!continued
            && !value.isEmpty()
            && value.length() <= 80
            && !value.equalsIgnoreCase("UNKNOWN")) {
          license = value;
          licenseLine = i + 1;
        }
      }
    }
    if (license != null) {
      out.add(names.finding(license, licenseLine, Snippets.cut("License: " + license)));
    }
  }

  private void frontMatter(String text, List<LicenseFinding> out) {
    JsonNode card = frontMatterOf(text);
    if (card == null) {
      return;
    }
    String licenseName = card.path("license_name").asText(null);
    for (String value : values(card.get("license"))) {
      String declared =
          value.equalsIgnoreCase("other") && licenseName != null ? licenseName : value;
      if (declared.equalsIgnoreCase("other")) {
        continue; // "other" without a name says nothing
      }
      int line = lineOf(text, value.equals(declared) ? "license:" : "license_name:");
      out.add(names.finding(declared, line, "license: " + declared));
    }
  }

  /** The YAML mapping between a leading {@code ---} and the next, or null. */
  private static JsonNode frontMatterOf(String text) {
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    if (!text.startsWith("---", start)) {
      return null;
    }
    int end = text.indexOf("\n---", start + 3);
    if (end < 0 || end > MAX_MANIFEST) {
      return null;
    }
    JsonNode card;
    try {
      card = YAML.readTree(text.substring(start + 3, end));
    } catch (JacksonException | RuntimeException e) {
      return null; // not YAML: a Markdown rule, not front matter
    }
    return card != null && card.isObject() ? card : null;
  }

  private void packageJson(String text, List<LicenseFinding> out) {
    JsonNode pkg = packageOf(text);
    if (pkg == null) {
      return;
    }
    for (String d : packageLicenses(pkg)) {
      if (d.isBlank() || d.toUpperCase(Locale.ROOT).startsWith("SEE LICENSE IN")) {
        continue;
      }
      int line = lineOf(text, "\"license");
      if (d.equals("UNLICENSED")) {
        out.add(DeclaredNames.unlicensed(line));
      } else {
        out.add(names.finding(d, line, "\"license\": \"" + d + "\""));
      }
    }
  }

  private static JsonNode packageOf(String text) {
    if (text.length() > MAX_MANIFEST) {
      return null;
    }
    JsonNode pkg;
    try {
      pkg = JSON.readTree(text);
    } catch (JacksonException | RuntimeException e) {
      return null;
    }
    return pkg != null && pkg.isObject() ? pkg : null;
  }

  /** npm's {@code license} and the older {@code licenses} list, as strings or {@code {type}}. */
  private static List<String> packageLicenses(JsonNode pkg) {
    List<String> declared = new ArrayList<>();
    JsonNode license = pkg.get("license");
    if (license != null) {
      declared.add(license.isObject() ? license.path("type").asText("") : license.asText(""));
    }
    for (JsonNode l : pkg.path("licenses")) {
      declared.add(l.isObject() ? l.path("type").asText("") : l.asText(""));
    }
    return declared;
  }

  /** A POM's text comes without tags: a line that is a whole licence name or URL is declared. */
  private void pom(String text, List<LicenseFinding> out) {
    String[] lines = text.split("\n", MAX_POM_LINES);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.isEmpty() || l.length() > MAX_POM_NAME) {
        continue;
      }
      String target = l.startsWith("http") ? knowledge.urls().id(l) : knowledge.names().exact(l);
      if (target != null && out.stream().noneMatch(f -> f.spdx().equals(target))) {
        out.add(names.expression(target, i + 1, Snippets.cut(l)));
      }
    }
  }

  /** The non-blank values of a YAML scalar or list. */
  private static List<String> values(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else {
      out.add(node.asText());
    }
    out.removeIf(String::isBlank);
    return out;
  }

  /** The line of the first occurrence of {@code key}, or 0 when it does not occur. */
  private static int lineOf(String text, String key) {
    int at = text.indexOf(key);
    if (at < 0) {
      return 0;
    }
    int line = 1;
    for (int i = 0; i < at; i++) {
      line += text.charAt(i) == '\n' ? 1 : 0;
    }
    return line;
  }
}
