package io.provscan.policy;

import java.util.List;
import java.util.Map;

/**
 * What the policy reads of a data source to judge it: the part of a summary's source row that bears
 * on its verdict.
 *
 * @param id the source's id
 * @param declaredLicenses licences its manifest declares
 * @param conflicts declared licences contradicted by what its items carry
 * @param problems what is wrong with its manifest (missing listed files, bad checksums)
 * @param verdicts its items' verdicts, counted by verdict id
 */
public record SourceFacts(
    String id,
    List<String> declaredLicenses,
    List<String> conflicts,
    List<String> problems,
    Map<String, Long> verdicts) {
  /** Copies the collections; a missing one is empty. */
  public SourceFacts {
    declaredLicenses = declaredLicenses == null ? List.of() : List.copyOf(declaredLicenses);
    conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    problems = problems == null ? List.of() : List.copyOf(problems);
    verdicts = verdicts == null ? Map.of() : Map.copyOf(verdicts);
  }
}
