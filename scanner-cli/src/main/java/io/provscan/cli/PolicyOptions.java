package io.provscan.cli;

import io.provscan.policy.Policy;
import io.provscan.policy.PolicyLoader;
import io.provscan.scan.ScanResult;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The policy a scan judges under, and whether it makes the scan a gate. */
final class PolicyOptions {
  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description =
          "Judge items and sources under this policy (YAML) and exit 1 when anything is blocked; default: the bundled policy, exit 0.")
  Path policyFile;

  @Option(
      names = "--fail-on",
      paramLabel = "VERDICT",
      description = "With --policy: fail on this verdict or worse, block (default) or review.")
  String failOn = "block";

  /**
   * The policy named, or the bundled one; checks {@code --fail-on} first, so a typo fails before
   * the policy file is read.
   */
  Policy policy() throws IOException {
    GateCommand.threshold(failOn);
    return read(policyFile);
  }

  /** The policy in {@code file}, or the bundled one when it is null. */
  static Policy read(Path file) throws IOException {
    return file == null ? PolicyLoader.bundled() : PolicyLoader.read(file);
  }

  /**
   * The exit code of a finished scan: only an explicit policy makes the scan a gate; the bundled
   * one just fills in verdicts.
   */
  int exitCode(ScanResult result) {
    boolean fails = policyFile != null && result.verdicts().fails(GateCommand.threshold(failOn));
    return fails ? ExitCodes.BLOCKED : ExitCodes.OK;
  }
}
