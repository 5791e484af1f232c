package io.provscan.detect.optout;

import io.provscan.detect.OptOut.Signal;
import java.util.ArrayList;
import java.util.List;

/**
 * The Content-Signal and Content-Usage lines of a robots.txt, judged for one page.
 *
 * <p>Both are declarations of the site's terms rather than crawl rules, so provscan reports every
 * group's lines with that group's agents (none for {@code *}), and any restriction reserves the
 * page: "most restrictive wins" (draft-ietf-aipref-vocab §5; Cloudflare's policy calls any
 * restriction an express reservation of rights).
 *
 * <p>A Content-Usage rule may start with a path (draft-ietf-aipref-attach §3.2: a value starting
 * with {@code /}); within a group the rules whose path matches the page compete by longest match, a
 * rule without a path matching everything with length 0, and rules of equal length combine most
 * restrictively. The value ends at the first {@code #} (the comment is already cut). The draft
 * applies preferences only to paths that may be crawled; a path robots.txt disallows is reserved by
 * the robots-txt signal anyway, so the rule is not filtered by it.
 */
final class ContentLines {
  private ContentLines() {}

  static List<Signal> signals(List<RobotsGroups.Group> groups, String pathAndQuery, String url) {
    List<Signal> signals = new ArrayList<>();
    for (RobotsGroups.Group group : groups) {
      for (RobotsGroups.Line line : group.lines()) {
        if (line.name().equals("content-signal")) {
          signals.add(contentSignal(group, line, url));
        }
      }
      Signal usage = contentUsage(group, pathAndQuery, url);
      if (usage != null) {
        signals.add(usage);
      }
    }
    return signals;
  }

  private static Signal contentSignal(
      RobotsGroups.Group group, RobotsGroups.Line line, String url) {
    ContentSignal cs = ContentSignal.parse(line.value());
    return Signals.of(
        Signals.CONTENT_SIGNAL,
        Signals.AI_TRAINING,
        group.named(),
        cs.value(),
        "Content-Signal: " + line.value() + " (" + group.label() + ")",
        url,
        cs.aiTrain().effect());
  }

  private static Signal contentUsage(RobotsGroups.Group group, String pathAndQuery, String url) {
    int best = -1;
    List<ContentUsage> winners = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (RobotsGroups.Line line : group.lines()) {
      if (!line.name().equals("content-usage")) {
        continue;
      }
      String value = line.value();
      int length = 0;
      if (value.startsWith("/")) {
        int space = firstSpace(value);
        PathPattern path = PathPattern.of(space < 0 ? value : value.substring(0, space));
        if (!path.matches(pathAndQuery)) {
          continue;
        }
        length = path.length();
        value = space < 0 ? "" : value.substring(space).strip();
      }
      if (length > best) {
        best = length;
        winners.clear();
        texts.clear();
      }
      if (length == best) {
        winners.add(ContentUsage.parse(value));
        texts.add("Content-Usage: " + line.value());
      }
    }
    return winners.isEmpty() ? null : signal(group, winners, texts, url);
  }

  private static Signal signal(
      RobotsGroups.Group group, List<ContentUsage> winners, List<String> texts, String url) {
    ContentUsage decisive = winners.get(0);
    Preference combined = Preference.combine(winners.stream().map(ContentUsage::trainAi).toList());
    for (ContentUsage u : winners) {
      if (u.trainAi() == combined) {
        decisive = u;
        break;
      }
    }
    return Signals.of(
        Signals.CONTENT_USAGE,
        decisive.scope(),
        group.named(),
        decisive.value(),
        String.join("; ", texts) + " (" + group.label() + ")",
        url,
        combined.effect());
  }

  private static int firstSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
