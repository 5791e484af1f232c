package io.provscan.manifest;

import static io.provscan.manifest.ManifestFormat.named;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The manifest formats provscan reads: the one list of them. A file is read by the first format
 * that claims its name; when manifests of two formats claim one item (a card beside its Croissant
 * file, both listing the same file), the earlier format's wins.
 */
final class ManifestFormats {
  /**
   * In order of precedence. A card is {@code README.md}; a Croissant file a JSON file with
   * "croissant" in its name (unless it is named as a data package), or a {@code metadata.json} that
   * says it is Croissant; a data package {@code datapackage.json}, the name the Frictionless spec
   * gives it.
   */
  static final List<ManifestFormat> ALL =
      List.of(
          ManifestFormat.text(Manifest.HF_CARD, named("README.md"), HfCard::read),
          ManifestFormat.json(Manifest.CROISSANT, ManifestFormats::croissantName, Croissant::read),
          ManifestFormat.json(Manifest.FRICTIONLESS, named("datapackage.json"), DataPackage::read),
          ManifestFormat.jsonIf(
              Manifest.CROISSANT,
              n -> n.equals("metadata.json"),
              Croissant::isCroissant,
              Croissant::read),
          ManifestFormat.jsonIf(
              HfDatasetInfo.FORMAT,
              named("dataset_info.json"),
              HfDatasetInfo::isDatasetInfo,
              HfDatasetInfo::read));

  private ManifestFormats() {}

  /** The format that reads a file of this name, if any. */
  static Optional<ManifestFormat> claiming(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return ALL.stream().filter(f -> f.claims().test(n)).findFirst();
  }

  /** A format's rank: lower wins; -1 for a format not listed. */
  static int precedence(String formatId) {
    for (int i = 0; i < ALL.size(); i++) {
      if (ALL.get(i).id().equals(formatId)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean croissantName(String n) {
    return (n.endsWith(".json") || n.endsWith(".jsonld"))
        && n.contains("croissant")
        && !named("datapackage.json").test(n);
  }
}
