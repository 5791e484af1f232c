package io.provscan.detect.optout;

import io.provscan.detect.OptOut.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code noai} and {@code noimageai} directives (DeviantArt, 2022) in an {@code X-Robots-Tag}
 * header value or a robots meta tag. Rules are a comma list, optionally after a {@code bot-name:}
 * prefix that addresses the rules after it (Google's robots meta specification; MDN): {@code
 * GPTBot: noai, noimageai}. Directive names are compared without case, as Google treats robots
 * directives. {@code noindex}, {@code nofollow} and the like are about search, not AI use, and are
 * not reservations. Directives that carry a colon themselves ({@code unavailable_after:}, {@code
 * max-snippet:}) are not agent prefixes.
 */
final class RobotsTag {
  /** The directives that reserve AI use. */
  static final Set<String> AI_DIRECTIVES = Set.of("noai", "noimageai");

  private static final Set<String> COLON_DIRECTIVES =
      Set.of("unavailable_after", "max-snippet", "max-image-preview", "max-video-preview");

  /**
   * One AI directive found.
   *
   * @param agent the bot it addresses, or null for every bot
   * @param directive {@code noai} or {@code noimageai}, lower case
   */
  record Directive(String agent, String directive) {}

  private RobotsTag() {}

  /** The signal of one AI directive: it reserves AI training for the bot it addresses (or all). */
  static Signal signal(String type, Directive d, String evidence) {
    List<String> agents = d.agent() == null ? List.of() : List.of(d.agent());
    return Signals.of(
        type, Signals.AI_TRAINING, agents, d.directive(), evidence, null, Signals.RESERVES);
  }

  /** The AI directives of one value, addressed to {@code defaultAgent} unless prefixed. */
  static List<Directive> parse(String value, String defaultAgent) {
    return directives(value, defaultAgent).stream()
        .filter(d -> AI_DIRECTIVES.contains(d.directive()))
        .toList();
  }

  /**
   * Every directive of one value, lower case, addressed to {@code defaultAgent} unless prefixed;
   * readers of other directives ({@code noarchive} for Bing) pick theirs from it.
   */
  static List<Directive> directives(String value, String defaultAgent) {
    List<Directive> found = new ArrayList<>();
    String agent = defaultAgent;
    for (String part : value.split(",")) {
      String token = part.strip();
      int colon = token.indexOf(':');
      if (colon > 0) {
        String prefix = token.substring(0, colon).strip();
        if (!COLON_DIRECTIVES.contains(prefix.toLowerCase(Locale.ROOT))) {
          agent = prefix;
          token = token.substring(colon + 1).strip();
        }
      }
      if (!token.isEmpty()) {
        found.add(new Directive(agent, token.toLowerCase(Locale.ROOT)));
      }
    }
    return found;
  }
}
