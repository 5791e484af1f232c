package io.provscan.detect.license;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.provscan.detect.DetectorInput;
import io.provscan.detect.LicenseFinding;
import io.provscan.licensedb.LicenseCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Licences an item declares about itself: a model card's YAML front matter ({@code license:},
 * {@code license_name:} when the licence is {@code other}), {@code package.json} ({@code license},
 * {@code licenses}), a POM's licence names and URLs, and document metadata (XMP {@code cc:license},
 * {@code xmpRights:WebStatement}, {@code dc:rights} with a Creative Commons link). Names go through
 * the catalogue's aliases to SPDX ids or expressions; a name the catalogue does not know is
 * reported as {@code NOASSERTION} with the name kept.
 */
final class DeclaredFinder {
  /** Largest front matter or manifest parsed, in characters: {@value}. */
  static final int MAX_MANIFEST = 256 * 1024;

  /** Confidence of a licence declared in a manifest or card: {@value}. */
  static final double DECLARED = 0.9;

  /** Confidence of a licence named in free-text metadata: {@value}. */
  static final double METADATA = 0.7;

  /** Metadata fields that hold a licence URL or statement (names compared without case). */
  private static final List<String> META_FIELDS =
      List.of(
          "cc:license",
          "xmprights:webstatement",
          "xmprights:usageterms",
          "dc:rights",
          "license",
          "dcterms:license",
          "dcterms:rights");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>)\\]]+");

  private final LicenseKnowledge k;
  private final FindingFactory factory;

  DeclaredFinder(LicenseKnowledge knowledge, FindingFactory factory) {
    this.k = knowledge;
    this.factory = factory;
  }

  /** Everything {@code input} declares. */
  List<LicenseFinding> find(DetectorInput input) {
    List<LicenseFinding> out = new ArrayList<>();
    String name = input.name().toLowerCase(Locale.ROOT);
    String text = input.text() == null ? "" : input.text();
    frontMatter(text, out);
    if (name.equals("package.json")) {
      packageJson(text, out);
    } else if (name.equals("pom.xml") || name.endsWith(".pom")) {
      pom(text, out);
    }
    metadata(input.metadata(), out);
    return out;
  }

  private void frontMatter(String text, List<LicenseFinding> out) {
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    if (!text.startsWith("---", start)) {
      return;
    }
    int end = text.indexOf("\n---", start + 3);
    if (end < 0 || end > MAX_MANIFEST) {
      return;
    }
    JsonNode card;
    try {
      card = YAML.readTree(text.substring(start + 3, end));
    } catch (JacksonException | RuntimeException e) {
      return; // not YAML: a Markdown rule, not front matter
    }
    if (card == null || !card.isObject()) {
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
      out.add(name(declared, DECLARED, "declared", line, "license: " + declared));
    }
  }

  private void packageJson(String text, List<LicenseFinding> out) {
    if (text.length() > MAX_MANIFEST) {
      return;
    }
    JsonNode pkg;
    try {
      pkg = JSON.readTree(text);
    } catch (JacksonException | RuntimeException e) {
      return;
    }
    if (pkg == null || !pkg.isObject()) {
      return;
    }
    List<String> declared = new ArrayList<>();
    JsonNode license = pkg.get("license");
    if (license != null) {
      declared.add(license.isObject() ? license.path("type").asText("") : license.asText(""));
    }
    for (JsonNode l : pkg.path("licenses")) {
      declared.add(l.isObject() ? l.path("type").asText("") : l.asText(""));
    }
    for (String d : declared) {
      if (d.isBlank() || d.toUpperCase(Locale.ROOT).startsWith("SEE LICENSE IN")) {
        continue;
      }
      int line = lineOf(text, "\"license");
      if (d.equals("UNLICENSED")) {
        out.add(unlicensed(line));
      } else {
        out.add(expressionOrName(d, line, "\"license\": \"" + d + "\""));
      }
    }
  }

  /** npm: "UNLICENSED" means the package may not be used by others. */
  private static LicenseFinding unlicensed(int line) {
    return new LicenseFinding(
        FindingFactory.NOASSERTION,
        "UNLICENSED (npm: not licensed for use by others)",
        "declared",
        DECLARED,
        LicenseCategory.PROPRIETARY.id(),
        List.of(),
        new LicenseFinding.LineRange(line, line),
        "\"license\": \"UNLICENSED\"",
        List.of());
  }

  /** A POM's text comes without tags: a line that is a whole licence name or URL is declared. */
  private void pom(String text, List<LicenseFinding> out) {
    String[] lines = text.split("\n", 20_000);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.isEmpty() || l.length() > 200) {
        continue;
      }
      String target = l.startsWith("http") ? k.urls().id(l) : k.names().exact(l);
      if (target != null && out.stream().noneMatch(f -> f.spdx().equals(target))) {
        out.add(factory.expression(target, "declared", DECLARED, range(i + 1), Snippets.cut(l)));
      }
    }
  }

  private void metadata(Map<String, List<String>> metadata, List<LicenseFinding> out) {
    for (Map.Entry<String, List<String>> e : metadata.entrySet()) {
      if (!META_FIELDS.contains(e.getKey().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String v : e.getValue()) {
        metadataValue(e.getKey(), v, out);
      }
    }
  }

  /** A licence URL in a rights field is a declaration; a licence name in free text is weaker. */
  private void metadataValue(String field, String value, List<LicenseFinding> out) {
    Matcher m = URL.matcher(value);
    while (m.find()) {
      String id = k.urls().id(m.group());
      if (id != null && out.stream().noneMatch(f -> f.spdx().equals(id))) {
        out.add(factory.expression(id, "declared", DECLARED, null, field + ": " + m.group()));
        return;
      }
    }
    List<String> words = NameResolver.words(value);
    for (int i = 0; i < words.size(); i++) {
      NameResolver.Resolution r = k.names().inText(words, i);
      if (r != null
          && r.end() - i >= 2
          && out.stream().noneMatch(f -> f.spdx().equals(r.target()))) {
        out.add(
            factory.expression(
                r.target(), "metadata", METADATA, null, Snippets.cut(field + ": " + value)));
        return;
      }
    }
  }

  private LicenseFinding expressionOrName(String declared, int line, String evidence) {
    String target = k.names().exact(declared);
    if (target != null) {
      return factory.expression(target, "declared", DECLARED, range(line), evidence);
    }
    LicenseFinding f = factory.expression(declared, "declared", DECLARED, range(line), evidence);
    return f.confidence() > 0 && f.notes().isEmpty()
        ? f
        : name(declared, DECLARED, "declared", line, evidence);
  }

  /** A declared name through the aliases; unknown names become NOASSERTION with the name kept. */
  private LicenseFinding name(
      String declared, double confidence, String basis, int line, String ev) {
    String target = k.names().exact(declared);
    if (target == null) {
      LicenseFinding asExpression =
          factory.expression(declared, basis, confidence, range(line), ev);
      if (asExpression.confidence() > 0 && asExpression.notes().isEmpty()) {
        return asExpression;
      }
      return new LicenseFinding(
          FindingFactory.NOASSERTION,
          declared,
          basis,
          0.5,
          LicenseCategory.UNKNOWN.id(),
          List.of(),
          range(line),
          ev,
          List.of("'" + declared + "' is not a licence name provscan knows"));
    }
    return factory.expression(target, basis, confidence, range(line), ev);
  }

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

  private static LicenseFinding.LineRange range(int line) {
    return line <= 0 ? null : new LicenseFinding.LineRange(line, line);
  }
}
