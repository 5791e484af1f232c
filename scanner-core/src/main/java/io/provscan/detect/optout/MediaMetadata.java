package io.provscan.detect.optout;

import io.provscan.detect.DetectorInput;
import io.provscan.detect.OptOut;
import io.provscan.detect.OptOut.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reservations embedded in media metadata, read where Tika's metadata exposes them (Tika 3.3
 * exposes custom XMP schemas of JPEG and PDF files only as a count, so these fire when a parser
 * does name them):
 *
 * <ul>
 *   <li>IPTC Photo Metadata 2023.1 / PLUS {@code plus:DataMining}: every {@code DMI-PROHIBITED-*}
 *       value reserves, {@code DMI-ALLOWED} allows, {@code DMI-UNSPECIFIED} says nothing;
 *   <li>C2PA 1.x {@code c2pa.training-mining} and CAWG {@code cawg.training-mining} entries for
 *       data mining and AI training: {@code notAllowed} reserves, and so does {@code constrained}
 *       ("in the absence of additional information, constrained shall be treated as equivalent to
 *       notAllowed", C2PA 1.4 §19.23), {@code allowed} allows; {@code ai_inference} is not about
 *       training and is left out.
 * </ul>
 */
final class MediaMetadata implements PageSignalReader {
  /** The value of a signal whose structure could not be read: {@value}. */
  static final String FAILED = "failed";

  private static final List<String> TRAINING_ENTRIES =
      List.of("ai_generative_training", "ai_training", "data_mining");

  @Override
  public void read(DetectorInput item, ItemEvidence found) {
    found.addAll(signals(item.metadata()));
  }

  static List<Signal> signals(Map<String, List<String>> metadata) {
    List<Signal> signals = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : metadata.entrySet()) {
      String key = e.getKey().toLowerCase(Locale.ROOT);
      for (String value : e.getValue()) {
        if (key.equals("plus:error") || key.equals("c2pa:error")) {
          String type = key.startsWith("plus") ? Signals.IPTC : Signals.C2PA;
          signals.add(Signals.of(type, Signals.ALL, List.of(), FAILED, value, null, Signals.NONE));
        } else if (key.endsWith("datamining") || key.endsWith("data mining")) {
          signals.add(iptc(e.getKey(), value));
        } else if (isC2pa(key)) {
          Signal s = c2pa(e.getKey(), value);
          if (s != null) {
            signals.add(s);
          }
        }
      }
    }
    return signals;
  }

  private static Signal iptc(String key, String value) {
    String id = value.substring(value.lastIndexOf('/') + 1).strip().toUpperCase(Locale.ROOT);
    String effect;
    if (id.startsWith("DMI-PROHIBITED")) {
      effect = Signals.RESERVES;
    } else if (id.equals("DMI-ALLOWED")) {
      effect = Signals.ALLOWS;
    } else {
      effect = Signals.NONE;
    }
    String scope =
        id.contains("AIMLTRAINING") || id.contains("GENAIMLTRAINING")
            ? Signals.AI_TRAINING
            : Signals.TDM;
    return Signals.of(Signals.IPTC, scope, List.of(), id, key + " = " + value, null, effect);
  }

  private static boolean isC2pa(String key) {
    return key.contains("training-mining")
        || ((key.startsWith("c2pa") || key.startsWith("cawg"))
            && TRAINING_ENTRIES.stream().anyMatch(key::contains));
  }

  private static Signal c2pa(String key, String value) {
    String k = key.toLowerCase(Locale.ROOT);
    String v = value.toLowerCase(Locale.ROOT);
    String entry =
        TRAINING_ENTRIES.stream()
            .filter(x -> k.contains(x) || v.contains(x))
            .findFirst()
            .orElse(null);
    if (entry == null && (k.contains("ai_inference") || v.contains("ai_inference"))) {
      return null;
    }
    String use = use(v);
    if (use == null) {
      return null;
    }
    String effect = use.equals("allowed") ? Signals.ALLOWS : Signals.RESERVES;
    String scope = "data_mining".equals(entry) ? Signals.TDM : Signals.AI_TRAINING;
    String label = (entry == null ? "training-mining" : entry) + "=" + use;
    if (v.contains(OptOut.Signal.UNVERIFIED)) {
      label += " (" + OptOut.Signal.UNVERIFIED + ")";
    }
    return Signals.of(Signals.C2PA, scope, List.of(), label, key + " = " + value, null, effect);
  }

  /** The {@code use} a value states: its first word, else the first use word it contains. */
  private static String use(String v) {
    String first = v.split("[\\s(;]", 2)[0];
    for (String use : List.of("notAllowed", "constrained", "allowed")) {
      if (first.equals(use.toLowerCase(Locale.ROOT))) {
        return use;
      }
    }
    return v.contains("notallowed")
        ? "notAllowed"
        : v.contains("constrained") ? "constrained" : v.contains("allowed") ? "allowed" : null;
  }
}
