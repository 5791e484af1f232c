package io.provscan.cli;

import io.provscan.index.IndexSettings;
import io.provscan.scan.ScanOptionsBuilder;
import picocli.CommandLine.Option;

/** Whether and how a scan writes its search index ({@link IndexSettings}). */
final class IndexOptions {
  @Option(names = "--no-index", negatable = false, description = "Do not write the Lucene index.")
  boolean noIndex;

  @Option(
      names = "--index-max-chars",
      paramLabel = "CHARS",
      description = "Characters of each item's text indexed (default: ${DEFAULT-VALUE}).")
  int indexMaxChars = IndexSettings.DEFAULTS.maxChars();

  @Option(
      names = "--store-text",
      description =
          "Store the extracted text in the index (makes the index as large as the corpus).")
  boolean storeText;

  /** Sets these options on a scan. */
  void applyTo(ScanOptionsBuilder options) {
    options.index(!noIndex).indexMaxChars(indexMaxChars).storeText(storeText);
  }
}
