package io.provscan.cli;

import io.provscan.scan.ScanOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out DIR}: the output folder of a finished scan, for commands that read one. */
final class ScanFolderOption {
  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder of the scan (default: ${DEFAULT-VALUE}).")
  Path out = ScanOptions.DEFAULT_OUT;
}
