package io.provscan.detect.optout;

import io.provscan.detect.DetectorInput;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code noarchive} in a robots meta tag or an {@code X-Robots-Tag} header, which two operators
 * document as their AI-training opt-out: Bing keeps such content out of the training of Microsoft's
 * generative AI foundation models (Bing Webmaster Blog, September 2023), and Amazonbot honours it
 * too (ai.robots.txt, {@code docs/additional-steps/bing.md}). For every other crawler it only means
 * "no cached copy", so the signal reserves AI training for those two agents only: unprefixed it
 * names both, {@code bingbot:} or {@code amazonbot:} (or {@code <meta name="bingbot">}) one of
 * them, and addressed to any other bot it is not read.
 */
final class NoArchive implements PageSignalReader {
  /** The signal type in {@code items.jsonl}. */
  static final String TYPE = "noarchive";

  /**
   * The agents that document {@code noarchive} as a training opt-out, as their operators spell
   * them.
   */
  private static final List<String> AGENTS = List.of("bingbot", "Amazonbot");

  @Override
  public void read(DetectorInput item, ItemEvidence found) {
    if (item.http() != null) {
      for (String value : item.http().header("X-Robots-Tag")) {
        read(value, null, "X-Robots-Tag: " + value, found);
      }
    }
    for (Map.Entry<String, List<String>> e : item.metadata().entrySet()) {
      String lower = e.getKey().toLowerCase(Locale.ROOT);
      boolean everyBot = lower.equals("robots") || lower.equals("x-robots-tag");
      if (everyBot || !addressed(lower).isEmpty()) {
        for (String value : e.getValue()) {
          String evidence = "<meta name=\"" + e.getKey() + "\" content=\"" + value + "\">";
          read(value, everyBot ? null : lower, evidence, found);
        }
      }
    }
  }

  private static void read(String value, String metaAgent, String evidence, ItemEvidence found) {
    for (RobotsTag.Directive d : RobotsTag.directives(value, metaAgent)) {
      List<String> agents = d.agent() == null ? AGENTS : addressed(d.agent());
      if (d.directive().equals("noarchive") && !agents.isEmpty()) {
        found.add(
            Signals.of(
                TYPE,
                Signals.AI_TRAINING,
                agents,
                d.directive(),
                evidence,
                null,
                Signals.RESERVES));
      }
    }
  }

  /** The agents of ours a bot name addresses: one, or none. */
  private static List<String> addressed(String bot) {
    return AGENTS.stream().filter(a -> a.equalsIgnoreCase(bot.strip())).toList();
  }
}
