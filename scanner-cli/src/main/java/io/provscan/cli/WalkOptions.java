package io.provscan.cli;

import io.provscan.scan.ScanOptionsBuilder;
import io.provscan.source.RecordColumns;
import io.provscan.source.SourceSettings;
import picocli.CommandLine.Option;

/** How a scan walks folders and expands archives ({@link SourceSettings}). */
final class WalkOptions {
  @Option(
      names = "--follow-links",
      description = "Follow symbolic links (loops are detected and reported).")
  boolean followLinks;

  @Option(
      names = "--max-archive-depth",
      paramLabel = "N",
      description = "Deepest archive nesting expanded (default: ${DEFAULT-VALUE}).")
  int maxArchiveDepth = SourceSettings.DEFAULT_MAX_ARCHIVE_DEPTH;

  @Option(
      names = "--max-archive-entries",
      paramLabel = "N",
      description = "Most members read from one archive tree (default: ${DEFAULT-VALUE}).")
  int maxArchiveEntries = SourceSettings.DEFAULT_MAX_ARCHIVE_ENTRIES;

  @Option(
      names = "--max-archive-bytes",
      paramLabel = "SIZE",
      converter = Converters.Size.class,
      description = "Most bytes decompressed from one archive tree (default: 64GB).")
  long maxArchiveBytes = SourceSettings.DEFAULT_MAX_ARCHIVE_BYTES;

  @Option(
      names = "--max-compression-ratio",
      paramLabel = "N",
      description =
          "Largest compression ratio accepted before an archive member counts as a bomb (default: ${DEFAULT-VALUE}).")
  int maxCompressionRatio = SourceSettings.DEFAULT_MAX_COMPRESSION_RATIO;

  @Option(
      names = "--text-column",
      paramLabel = "NAME",
      description =
          "Column (or JSON field) holding a record's text in CSV/TSV, JSONL and Parquet files, looked for before the built-in names (text, content, caption, ...).")
  String textColumn;

  @Option(
      names = "--url-column",
      paramLabel = "NAME",
      description =
          "Column holding a record's URL, looked for before the built-in names (url, link, image_url, ...).")
  String urlColumn;

  @Option(
      names = "--license-column",
      paramLabel = "NAME",
      description =
          "Column holding the licence a record declares, looked for before the built-in names (license, licence, rights, ...).")
  String licenseColumn;

  /** Sets these options on a scan. */
  void applyTo(ScanOptionsBuilder options) {
    options
        .columns(new RecordColumns(urlColumn, textColumn, licenseColumn))
        .followLinks(followLinks)
        .archives(maxArchiveDepth, maxArchiveEntries, maxArchiveBytes, maxCompressionRatio);
  }
}
