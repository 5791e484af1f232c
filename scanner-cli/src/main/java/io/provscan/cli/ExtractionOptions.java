package io.provscan.cli;

import io.provscan.extract.ExtractionLimits;
import io.provscan.scan.ScanOptionsBuilder;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options that bound the extraction of one item ({@link ExtractionLimits}). */
final class ExtractionOptions {
  @Option(
      names = "--max-item-size",
      paramLabel = "SIZE",
      converter = Converters.Size.class,
      description = "Hash but do not extract items larger than this (default: 256MB).")
  long maxItemSize = ExtractionLimits.DEFAULT_MAX_ITEM_SIZE;

  @Option(
      names = "--item-timeout",
      paramLabel = "DURATION",
      converter = Converters.Time.class,
      description = "Time allowed per item before it is reported as a time-out (default: 60s).")
  Duration itemTimeout = ExtractionLimits.DEFAULT_TIMEOUT;

  @Option(
      names = "--max-text",
      paramLabel = "CHARS",
      description = "Characters of text kept per item (default: ${DEFAULT-VALUE}).")
  int maxText = ExtractionLimits.DEFAULT_MAX_CHARS;

  /** Sets these options on a scan. */
  void applyTo(ScanOptionsBuilder options) {
    options.maxItemSize(maxItemSize).itemTimeout(itemTimeout).maxChars(maxText);
  }
}
