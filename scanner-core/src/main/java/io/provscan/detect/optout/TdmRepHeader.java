package io.provscan.detect.optout;

import io.provscan.detect.DetectorInput;

/**
 * TDMRep's HTTP header (TDMRep §3.2, "the currently preferred technique"): {@code tdm-reservation:
 * 1} or {@code 0}, with an optional {@code tdm-policy}. The first line that is 1 or 0 is the
 * statement; it supersedes the well-known file (TDMRep §4).
 */
final class TdmRepHeader implements PageSignalReader {
  @Override
  public void read(DetectorInput item, ItemEvidence found) {
    if (item.http() == null) {
      return;
    }
    int reservation = TdmRep.first(item.http().header("tdm-reservation"));
    if (reservation < 0) {
      return;
    }
    String policy = item.http().header("tdm-policy").stream().findFirst().orElse(null);
    String evidence =
        "tdm-reservation: " + reservation + (policy == null ? "" : "; tdm-policy: " + policy);
    found.tdm(new TdmRep.Statement("HTTP header", reservation, evidence, null));
  }
}
