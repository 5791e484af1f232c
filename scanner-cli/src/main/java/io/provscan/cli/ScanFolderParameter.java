package io.provscan.cli;

import io.provscan.scan.ScanOptions;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** {@code [OUT]}: the output folder of a finished scan, given as the command's one parameter. */
final class ScanFolderParameter {
  @Parameters(
      paramLabel = "OUT",
      arity = "0..1",
      description = "Output folder of the scan (default: ${DEFAULT-VALUE}).")
  Path out = ScanOptions.DEFAULT_OUT;
}
