package io.provscan.detect.optout;

import io.provscan.detect.DetectorInput;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * TDMRep in an item's own metadata as Tika reports it: the HTML meta tags {@code tdm-reservation}
 * and {@code tdm-policy} (TDMRep §3.3), then {@code tdm:reservation} and {@code tdm:policy}
 * embedded in EPUB or PDF XMP, which supersede the HTML (TDMRep §4). Names are compared without
 * case; of two spellings of one name, the later in the metadata counts.
 */
final class TdmRepMeta implements PageSignalReader {
  private static final Set<String> NAMES =
      Set.of("tdm-reservation", "tdm-policy", "tdm:reservation", "tdm:policy");

  /** True for a metadata name (lower case) this reader reads. */
  static boolean reads(String lowerName) {
    return NAMES.contains(lowerName);
  }

  @Override
  public void read(DetectorInput item, ItemEvidence found) {
    Map<String, List<String>> byName = new HashMap<>();
    item.metadata().forEach((k, v) -> byName.put(k.toLowerCase(Locale.ROOT), v));
    statement(byName, "tdm-reservation", "tdm-policy", "HTML meta", found);
    statement(byName, "tdm:reservation", "tdm:policy", "embedded metadata", found);
  }

  private static void statement(
      Map<String, List<String>> byName,
      String key,
      String policyKey,
      String place,
      ItemEvidence found) {
    int v = TdmRep.first(byName.getOrDefault(key, List.of()));
    if (v < 0) {
      return;
    }
    List<String> policies = byName.getOrDefault(policyKey, List.of());
    String policy = policies.isEmpty() ? null : policies.get(0);
    String evidence = key + " = " + v + (policy == null ? "" : "; policy = " + policy);
    found.tdm(new TdmRep.Statement(place, v, evidence, null));
  }
}
