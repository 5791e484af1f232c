package io.provscan.detect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything detectors found in one item. Each detector fills its own part; the pipeline merges
 * them with {@link #merge}.
 *
 * @param licenses licences found, in order of position
 * @param optOut opt-out signals and whether they reserve the item
 * @param pii personal data found, masked
 * @param sensitive counts per sensitive category (PIPL Art. 28 / GDPR Art. 9)
 */
public record Findings(
    List<LicenseFinding> licenses,
    OptOut optOut,
    List<PiiFinding> pii,
    Map<String, Integer> sensitive) {

  /** Nothing found. */
  public static final Findings EMPTY = new Findings(List.of(), OptOut.NONE, List.of(), Map.of());

  /** Copies the collections; the sensitive categories in name order, so outputs are stable. */
  public Findings {
    licenses = List.copyOf(licenses);
    pii = List.copyOf(pii);
    sensitive = Collections.unmodifiableMap(new TreeMap<>(sensitive));
  }

  /** Findings with licences only. */
  public static Findings ofLicenses(List<LicenseFinding> licenses) {
    return new Findings(licenses, OptOut.NONE, List.of(), Map.of());
  }

  /** Findings with opt-out signals only. */
  public static Findings ofOptOut(OptOut optOut) {
    return new Findings(List.of(), optOut, List.of(), Map.of());
  }

  /** Findings with personal data only. */
  public static Findings ofPii(List<PiiFinding> pii, Map<String, Integer> sensitive) {
    return new Findings(List.of(), OptOut.NONE, pii, sensitive);
  }

  /** Both sets of findings together. */
  public Findings merge(Findings other) {
    if (other == EMPTY) {
      return this;
    }
    if (this == EMPTY) {
      return other;
    }
    List<LicenseFinding> l = new ArrayList<>(licenses);
    l.addAll(other.licenses);
    List<PiiFinding> p = new ArrayList<>(pii);
    p.addAll(other.pii);
    Map<String, Integer> s = new TreeMap<>(sensitive);
    other.sensitive.forEach((k, v) -> s.merge(k, v, Integer::sum));
    return new Findings(l, optOut.merge(other.optOut), p, s);
  }
}
