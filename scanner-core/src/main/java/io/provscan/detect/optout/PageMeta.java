package io.provscan.detect.optout;

import io.provscan.detect.OptOut.Signal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Signals in an item's own metadata as Tika reports it: HTML {@code <meta name="robots">} and
 * {@code <meta name="BOT-NAME">} (Tika names each meta tag by its {@code name}), {@code <meta
 * http-equiv="X-Robots-Tag">}, TDMRep's {@code <meta name="tdm-reservation">} (HTML) and {@code
 * tdm:reservation} (EPUB/PDF XMP, embedded).
 */
final class PageMeta {
  private PageMeta() {}

  static void signals(
      Map<String, List<String>> metadata,
      AgentRegistry registry,
      List<Signal> signals,
      List<TdmRep.Statement> tdm) {
    for (Map.Entry<String, List<String>> e : metadata.entrySet()) {
      String name = e.getKey();
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.equals("robots") || lower.equals("x-robots-tag")) {
        robots(e.getValue(), null, name, signals);
      } else if (registry.find(name).isPresent()) {
        robots(e.getValue(), registry.find(name).get().token(), name, signals);
      }
    }
    statement(metadata, "tdm-reservation", "tdm-policy", "HTML meta", tdm);
    statement(metadata, "tdm:reservation", "tdm:policy", "embedded metadata", tdm);
  }

  private static void robots(List<String> values, String agent, String name, List<Signal> signals) {
    for (String value : values) {
      for (RobotsTag.Directive d : RobotsTag.parse(value, agent)) {
        String evidence = "<meta name=\"" + name + "\" content=\"" + value + "\">";
        signals.add(OptOutDetector.robotsTag(Signals.ROBOTS_META, d, evidence));
      }
    }
  }

  private static void statement(
      Map<String, List<String>> metadata,
      String key,
      String policyKey,
      String place,
      List<TdmRep.Statement> tdm) {
    List<String> values = values(metadata, key);
    int v = TdmRep.first(values);
    if (v < 0) {
      return;
    }
    String policy = values(metadata, policyKey).stream().findFirst().orElse(null);
    String evidence = key + " = " + v + (policy == null ? "" : "; " + policyKey + " = " + policy);
    tdm.add(new TdmRep.Statement(place, v, evidence, null));
  }

  private static List<String> values(Map<String, List<String>> metadata, String key) {
    for (Map.Entry<String, List<String>> e : metadata.entrySet()) {
      if (e.getKey().equalsIgnoreCase(key)) {
        return e.getValue();
      }
    }
    return List.of();
  }
}
