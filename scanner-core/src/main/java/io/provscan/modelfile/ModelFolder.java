package io.provscan.modelfile;

import java.util.List;

/**
 * One model folder in {@code summary.json} → {@code models}: the source its files belong to, and
 * what its card, weights files and licence files each say.
 *
 * @param source the data source id (a model card's {@code model:<card>}, else the folder's)
 * @param card licences the source's card declares (empty without a card)
 * @param weights every GGUF or safetensors file, with what its header declares
 * @param licenseFiles every {@code LICENSE}-like file, with the licences found in it
 * @param hints lineage hints of {@code config.json}-like files: weak evidence, a training script
 *     writes {@code _name_or_path} whatever the weights' real origin
 * @param agreement {@code agree} (every part that names a licence names the same ones), {@code
 *     conflict}, {@code single} (only one part names any) or {@code none}
 * @param conflicts what disagrees, as sentences
 */
public record ModelFolder(
    String source,
    List<String> card,
    List<Weights> weights,
    List<LicenseFile> licenseFiles,
    List<String> hints,
    String agreement,
    List<String> conflicts) {

  /** Copies the lists. */
  public ModelFolder {
    card = List.copyOf(card);
    weights = List.copyOf(weights);
    licenseFiles = List.copyOf(licenseFiles);
    hints = List.copyOf(hints);
    conflicts = List.copyOf(conflicts);
  }

  /**
   * A weights file.
   *
   * @param path its item path
   * @param format {@code gguf} or {@code safetensors}
   * @param licenses licence ids its header declares
   * @param datasets datasets it says it was trained on ({@code general.datasets}, {@code
   *     general.dataset.N.name})
   * @param baseModels models it says it derives from ({@code general.base_model.N.*})
   * @param error why its header could not be read, or null
   */
  public record Weights(
      String path,
      String format,
      List<String> licenses,
      List<String> datasets,
      List<String> baseModels,
      String error) {
    /** Copies the lists. */
    public Weights {
      licenses = List.copyOf(licenses);
      datasets = List.copyOf(datasets);
      baseModels = List.copyOf(baseModels);
    }
  }

  /**
   * A licence file of the folder.
   *
   * @param path its item path
   * @param licenses licence ids found in it
   */
  public record LicenseFile(String path, List<String> licenses) {
    /** Copies the list. */
    public LicenseFile {
      licenses = List.copyOf(licenses);
    }
  }
}
