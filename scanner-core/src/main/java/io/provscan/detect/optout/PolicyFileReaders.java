package io.provscan.detect.optout;

import io.provscan.sitepolicy.PolicyKind;
import java.util.List;

/**
 * The site policy files provscan understands, one reader per {@link
 * io.provscan.sitepolicy.PolicyKind}. A new kind of file is its {@code PolicyKind} constant (the
 * path), its parser (a {@link ParsedPolicy}), one line here and its test. The order is the order of
 * a page's site signals in its findings, and that of TDMRep statements of equal priority.
 */
final class PolicyFileReaders {
  /** Every reader, in order. */
  static final List<PolicyFileReader> ALL =
      List.of(
          new PolicyFileReader(PolicyKind.ROBOTS_TXT, ParsedRobotsTxt::read),
          new PolicyFileReader(PolicyKind.TDMREP, TdmRepFile::read),
          new PolicyFileReader(PolicyKind.AI_TXT, AiTxt::read));

  private PolicyFileReaders() {}
}
