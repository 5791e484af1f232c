package io.provscan.cli;

import picocli.CommandLine.Option;

/** {@code --quiet}, for commands that print a report or progress by default. */
final class QuietOption {
  @Option(names = "--quiet", description = "Print nothing but errors.")
  boolean quiet;
}
