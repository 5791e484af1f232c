package io.provscan.detect.optout;

import io.provscan.detect.OptOut.Signal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Signals in an item's own metadata as Tika reports it: HTML {@code <meta name="robots">} and
 * {@code <meta name="BOT-NAME">} (Tika names each meta tag by its {@code name}), {@code <meta
 * http-equiv="X-Robots-Tag">}, TDMRep's {@code <meta name="tdm-reservation">} (HTML) and {@code
 * tdm:reservation} (EPUB/PDF XMP, embedded). One pass over the metadata names.
 */
final class PageMeta {
  private List<String> htmlTdm = List.of();
  private List<String> htmlPolicy = List.of();
  private List<String> embeddedTdm = List.of();
  private List<String> embeddedPolicy = List.of();

  private PageMeta() {}

  static void signals(
      Map<String, List<String>> metadata,
      AgentRegistry registry,
      List<Signal> signals,
      List<TdmRep.Statement> tdm) {
    PageMeta m = new PageMeta();
    for (Map.Entry<String, List<String>> e : metadata.entrySet()) {
      m.entry(e.getKey(), e.getValue(), registry, signals);
    }
    statement(m.htmlTdm, m.htmlPolicy, "tdm-reservation", "HTML meta", tdm);
    statement(m.embeddedTdm, m.embeddedPolicy, "tdm:reservation", "embedded metadata", tdm);
  }

  private void entry(
      String name, List<String> values, AgentRegistry registry, List<Signal> signals) {
    String lower = name.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "robots", "x-robots-tag" -> robots(values, null, name, signals);
      case "tdm-reservation" -> htmlTdm = values;
      case "tdm-policy" -> htmlPolicy = values;
      case "tdm:reservation" -> embeddedTdm = values;
      case "tdm:policy" -> embeddedPolicy = values;
      default -> {
        Optional<Agent> agent = registry.find(lower);
        agent.ifPresent(a -> robots(values, a.token(), name, signals));
      }
    }
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
      List<String> values,
      List<String> policies,
      String key,
      String place,
      List<TdmRep.Statement> tdm) {
    int v = TdmRep.first(values);
    if (v < 0) {
      return;
    }
    String policy = policies.isEmpty() ? null : policies.get(0);
    String evidence = key + " = " + v + (policy == null ? "" : "; policy = " + policy);
    tdm.add(new TdmRep.Statement(place, v, evidence, null));
  }
}
