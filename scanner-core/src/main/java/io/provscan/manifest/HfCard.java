package io.provscan.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.provscan.provenance.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a Hugging Face dataset or model card: the YAML block between two {@code ---} lines at the
 * top of {@code README.md} (hub-docs {@code datasetcard.md}, {@code modelcard.md}). Lenient on what
 * real cards hold: {@code license} as a string or a list, the legacy plural {@code licenses},
 * legacy {@code configs} as a list of names, {@code null} values.
 */
final class HfCard {
  /** A front matter's opening line followed by a YAML key, as a card opens. */
  private static final Pattern UNCLOSED =
      Pattern.compile("\\A\\uFEFF?\\s*---[ \\t]*\\r?\\n[ \\t]*[A-Za-z_][\\w-]*[ \\t]*:");

  /** The front matter, as {@code huggingface_hub}'s {@code REGEX_YAML_BLOCK} finds it. */
  private static final Pattern FRONT_MATTER =
      Pattern.compile(
          "\\A\\uFEFF?\\s*---[ \\t]*\\r?\\n(.*?)(?:\\r?\\n)?^---[ \\t]*$",
          Pattern.DOTALL | Pattern.MULTILINE);

  /** Longest YAML accepted, in code points (SnakeYAML's own default is 3 MB): {@value}. */
  static final int MAX_YAML_CODE_POINTS = 16 << 20;

  private static final ObjectMapper YAML = yamlMapper();

  private HfCard() {}

  private static ObjectMapper yamlMapper() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_YAML_CODE_POINTS);
    // Jackson reports an alias by its name and never expands it, so a "billion laughs" card stays
    // small; the limits below bound what SnakeYAML's scanner itself reads.
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(50);
    options.setAllowDuplicateKeys(true);
    return new YAMLMapper(YAMLFactory.builder().loaderOptions(options).build());
  }

  /**
   * The card in a README's bytes; empty when the file has no front matter, or one without any card
   * key (a static-site page). A front matter that is not valid YAML is a card with a problem: the
   * file is named like a card and opens like one.
   */
  static Optional<Manifest> read(ManifestFile file, byte[] bytes, LicenseNormalizer names) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    Matcher m = FRONT_MATTER.matcher(text);
    if (!m.find()) {
      if (!UNCLOSED.matcher(text).lookingAt()) {
        return Optional.empty();
      }
      Draft draft = new Draft(file, Manifest.HF_CARD, names);
      draft.problem(
          "the YAML front matter of "
              + file.fileName()
              + " opens with --- and never closes: its card keys cannot be read");
      return Optional.of(draft.build());
    }
    Draft draft = new Draft(file, Manifest.HF_CARD, names);
    JsonNode yaml;
    try {
      yaml = YAML.readTree(m.group(1));
    } catch (JsonProcessingException | RuntimeException e) {
      draft.problem("malformed YAML front matter in " + file.fileName() + ": " + Problems.of(e));
      return Optional.of(draft.build());
    }
    if (yaml == null || !yaml.isObject() || !HfCardKeys.isCard(yaml)) {
      return Optional.empty();
    }
    draft.kind = HfCardKeys.isModel(yaml) ? DataSource.MODEL : DataSource.DATASET;
    licenses(yaml, draft);
    facts(yaml, draft);
    HfDataFiles.read(yaml, draft);
    return Optional.of(draft.build());
  }

  /**
   * {@code license} (string or list), else the legacy {@code licenses} (used until 2022-07,
   * huggingface/datasets commit a5192964dc). {@code other} is named by {@code license_name}, or by
   * the legacy {@code license_details} when that is an id (ImageNet's {@code imagenet-agreement}).
   */
  private static void licenses(JsonNode yaml, Draft draft) {
    List<String> declared = LenientJson.texts(yaml.get("license"));
    if (declared.isEmpty()) {
      declared = LenientJson.texts(yaml.get("licenses"));
    }
    for (String value : declared) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      if (v.equals("other")) {
        other(yaml, draft);
      } else if (v.startsWith("other-") && v.length() > "other-".length()) {
        // the legacy encoding of license: other + license_name: <name>
        draft.addLicense(otherId(value.strip().substring("other-".length()), draft));
      } else if (v.startsWith("unknown")) {
        draft.license("unknown"); // legacy 'unknown-…' values say the same: not stated
      } else {
        draft.license(value);
      }
    }
  }

  /**
   * The id of a licence a card calls {@code other} and names: the catalogue's when it knows the
   * name ({@code c-uda} is {@code C-UDA-1.0}), else {@code LicenseRef-<name>}. The legacy {@code
   * other-<name>} and {@code license: other} with {@code license_name: <name>} give the same id.
   */
  private static String otherId(String name, Draft draft) {
    NormalizedLicense n = draft.names.normalize(name);
    return n.kind() == NormalizedLicense.Kind.SPDX || n.kind() == NormalizedLicense.Kind.LICENSE_REF
        ? n.id()
        : LicenseRefs.of(name);
  }

  private static void other(JsonNode yaml, Draft draft) {
    String name = LenientJson.text(yaml, "license_name");
    String details = LenientJson.text(yaml, "license_details");
    if (name == null && details != null && LicenseRefs.looksLikeId(details)) {
      name = details;
    }
    if (name == null) {
      draft.addLicense(LicenseRefs.OTHER);
      draft.problem(
          "licence 'other' without a license_name: the card does not name its terms"
              + (LenientJson.text(yaml, "license_link") == null ? "" : " (see license_link)"));
      return;
    }
    draft.addLicense(otherId(name, draft));
  }

  private static void facts(JsonNode yaml, Draft draft) {
    draft.name = LenientJson.text(yaml, "pretty_name");
    draft.fact("prettyName", draft.name);
    draft.fact("licenseName", LenientJson.text(yaml, "license_name"));
    draft.fact("licenseLink", LenientJson.text(yaml, "license_link"));
    draft.fact("licenseDetails", LenientJson.text(yaml, "license_details"));
    draft.fact("sourceDatasets", LenientJson.texts(yaml.get("source_datasets")));
    draft.fact("configs", LenientJson.texts(yaml.get("configs"), "config_name"));
    draft.fact("baseModel", LenientJson.texts(yaml.get("base_model")));
    draft.fact("baseModelRelation", LenientJson.text(yaml, "base_model_relation"));
    draft.fact("datasets", LenientJson.texts(yaml.get("datasets")));
    gating(yaml, draft);
  }

  /**
   * The gating fields ({@code extra_gated_*}, hub-docs {@code datasets-gated.md}). Gating itself is
   * a repository setting the card does not carry, so a card without these keys may still be gated;
   * {@code gated} is reported only when the card shows it. The prompt often holds the real terms
   * (ImageNet's non-commercial terms are only there), so it is kept for the report.
   */
  private static void gating(JsonNode yaml, Draft draft) {
    boolean gated = false;
    for (Map.Entry<String, JsonNode> e : yaml.properties()) {
      gated |= e.getKey().startsWith("extra_gated_");
    }
    if (yaml.has("gated")) {
      draft.fact("gated", LenientJson.text(yaml, "gated"));
    } else if (gated) {
      draft.fact("gated", true);
    }
    draft.fact("gatePrompt", LenientJson.text(yaml, "extra_gated_prompt"));
    draft.fact("gateHeading", LenientJson.text(yaml, "extra_gated_heading"));
    draft.fact("gateDescription", LenientJson.text(yaml, "extra_gated_description"));
    JsonNode fields = yaml.get("extra_gated_fields");
    if (fields != null && fields.isObject()) {
      List<String> names = new ArrayList<>();
      fields.properties().forEach(e -> names.add(e.getKey()));
      draft.fact("gateFields", names);
    }
    JsonNode eu = yaml.get("extra_gated_eu_disallowed");
    if (eu != null && eu.isBoolean()) {
      draft.fact("gateEuDisallowed", eu.asBoolean());
    }
  }
}
