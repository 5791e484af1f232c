package io.provscan.detect.optout;

import io.provscan.detect.DetectorInput;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code noai} and {@code noimageai} in an item's robots meta tags as Tika reports them (each meta
 * tag named by its {@code name}): {@code <meta name="robots">}, {@code <meta
 * http-equiv="X-Robots-Tag">}, and {@code <meta name="BOT-NAME">} for a bot of the agent registry,
 * whose directives address that bot.
 */
final class RobotsMeta implements PageSignalReader {
  @Override
  public void read(DetectorInput item, ItemEvidence found) {
    for (Map.Entry<String, List<String>> e : item.metadata().entrySet()) {
      String name = e.getKey();
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.equals("robots") || lower.equals("x-robots-tag")) {
        read(e.getValue(), null, name, found);
      } else if (!TdmRepMeta.reads(lower)) {
        found.agents().find(lower).ifPresent(a -> read(e.getValue(), a.token(), name, found));
      }
    }
  }

  private static void read(List<String> values, String agent, String name, ItemEvidence found) {
    for (String value : values) {
      for (RobotsTag.Directive d : RobotsTag.parse(value, agent)) {
        String evidence = "<meta name=\"" + name + "\" content=\"" + value + "\">";
        found.add(RobotsTag.signal(Signals.ROBOTS_META, d, evidence));
      }
    }
  }
}
