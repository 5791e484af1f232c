package io.provscan.modelfile;

import io.provscan.detect.Detector;
import io.provscan.detect.DetectorInput;
import io.provscan.detect.Findings;
import io.provscan.detect.LicenseFinding;
import io.provscan.detect.license.LicenseKnowledge;
import io.provscan.licensedb.LicenseCategory;
import io.provscan.manifest.LicenseNormalizer;
import io.provscan.manifest.NormalizedLicense;
import io.provscan.manifest.NormalizedLicense.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The licence a model file declares in its header, as a finding with basis {@code declared}: GGUF's
 * {@code general.license} (an SPDX expression or a Hugging Face id such as {@code llama2}), then
 * its {@code general.license.name} and {@code general.license.link}, then a safetensors {@code
 * __metadata__} {@code license} key. Each is normalised like a model card's {@code license} (the
 * same {@link LicenseNormalizer}), so {@code llama2} becomes {@code LicenseRef-llama2}; a name or
 * link that gives an id already found adds nothing. Stateless and thread-safe.
 */
public final class ModelFileDetector implements Detector {
  /** Header fields that declare a licence, strongest first, with the trust put in each. */
  static final List<String> FIELDS =
      List.of(
          "gguf:general.license",
          "gguf:general.license.name",
          "gguf:general.license.link",
          "safetensors:license");

  private final LicenseNormalizer names;
  private final Supplier<LicenseKnowledge> knowledge;

  /**
   * A detector.
   *
   * @param names how a declared licence becomes an id (the catalogue's, as for model cards)
   * @param knowledge the catalogue, for the licence's name, category and clauses; null without it
   */
  public ModelFileDetector(LicenseNormalizer names, Supplier<LicenseKnowledge> knowledge) {
    this.names = names;
    this.knowledge = knowledge;
  }

  @Override
  public String name() {
    return "modelfile";
  }

  @Override
  public Findings detect(DetectorInput input) {
    List<LicenseFinding> found = new ArrayList<>();
    for (String field : FIELDS) {
      for (String value : input.meta(field)) {
        if (!value.isBlank()) {
          add(field, value.strip(), found);
        }
      }
    }
    return found.isEmpty() ? Findings.EMPTY : Findings.ofLicenses(found);
  }

  private void add(String field, String value, List<LicenseFinding> found) {
    NormalizedLicense n = names.normalize(value);
    boolean primary = field.equals(FIELDS.get(0)) || field.startsWith("safetensors:");
    boolean vague = n.kind() == Kind.UNRECOGNISED || n.kind() == Kind.AMBIGUOUS;
    if (n.kind() == Kind.NO_ASSERTION || vague && !primary) {
      return; // "other", "unknown", or a free name or link the table does not know: no finding
    }
    if (found.stream().anyMatch(f -> f.spdx().equals(n.id()))) {
      return;
    }
    double confidence = primary ? 1.0 : 0.9;
    String evidence = field.substring(field.indexOf(':') + 1) + ": " + value;
    String label = field.startsWith("gguf:") ? "GGUF " : "safetensors ";
    LicenseFinding f =
        knowledge != null
            ? knowledge.get().declared(n.id(), value, confidence)
            : new LicenseFinding(
                n.id(),
                value,
                "declared",
                confidence,
                LicenseCategory.UNKNOWN.id(),
                List.of(),
                null);
    List<String> notes = new ArrayList<>(f.notes());
    n.problem().ifPresent(notes::add);
    found.add(
        new LicenseFinding(
            f.spdx(),
            f.name(),
            "declared",
            confidence,
            f.category(),
            f.clauses(),
            null,
            label + evidence,
            notes));
  }
}
