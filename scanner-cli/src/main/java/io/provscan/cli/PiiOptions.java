package io.provscan.cli;

import io.provscan.detect.pii.PiiSelection;
import io.provscan.scan.ScanOptionsBuilder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Option;

/** Whether and what personal data a scan looks for. */
final class PiiOptions {
  @Option(
      names = "--pii-types",
      paramLabel = "NAME",
      split = ",",
      completionCandidates = Names.class,
      description =
          "Look only for these personal-data types and sensitive categories, comma-separated"
              + " (default: all): ${COMPLETION-CANDIDATES}.")
  List<String> piiTypes = new ArrayList<>();

  @Option(
      names = "--no-pii",
      negatable = false,
      description = "Do not look for personal data (the index then holds the text unmasked).")
  boolean noPii;

  /** Sets these options on a scan. */
  void applyTo(ScanOptionsBuilder options) {
    options.pii(!noPii).piiTypes(piiTypes);
  }

  /** The names {@code --pii-types} accepts, from the code: help and completion list them. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return PiiSelection.accepted().iterator();
    }
  }
}
