package io.provscan.report.html;

import io.provscan.provenance.SourceRow;
import io.provscan.report.ScanOutput;
import io.provscan.summary.ScanSummary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The page's head, title bar, navigation and summary (figures first, then the charts). */
final class Overview {
  private Overview() {}

  /** The head, the title bar and the navigation: one link per section ({@link Sections}). */
  static void head(Page page, ScanSummary summary) throws IOException {
    page.raw("<!DOCTYPE html>\n<html lang=\"" + page.m.get("html.lang") + "\"><head>")
        .raw("<meta charset=\"utf-8\">")
        .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"" + Assets.CSP + "\">")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .raw("<meta name=\"referrer\" content=\"no-referrer\">")
        .raw("<title>")
        .t("title")
        .raw(" · ")
        .text(scanId(summary))
        .raw("</title><style>")
        .raw(Assets.STYLE)
        .raw("</style></head><body><header><h1>")
        .t("title")
        .raw("</h1><p>")
        .text("provscan " + (summary.tool() == null ? "?" : summary.tool().version()))
        .raw(" · ")
        .f("header.scanOf", String.join(", ", summary.roots()))
        .raw("</p><p>")
        .f("header.finished", page.m.dateTime(summary.finishedAt()));
    String policy = summary.policy() == null ? null : summary.policy().origin();
    page.raw(" · ").f("header.policy", policy == null ? page.m.get("header.noPolicy") : policy);
    page.raw("</p><p class=\"print-only\">").f("header.printed", scanId(summary)).raw("</p>");
    page.raw("</header><nav>");
    for (String id : Sections.ORDER) {
      page.raw("<a href=\"#" + id + "\">").t("nav." + id).raw("</a>");
    }
    page.raw("</nav><main>");
  }

  /**
   * The scan's id on printed pages, whose running header is the page title (Chromium prints the
   * title and the date at the top of every page): its roots and when it finished.
   */
  static String scanId(ScanSummary summary) {
    return String.join(", ", summary.roots()) + " · " + summary.finishedAt();
  }

  static void summary(Page page, ScanOutput scan, ItemTally tally, long unreadable)
      throws IOException {
    ScanSummary summary = scan.summary();
    List<SourceRow> sources = scan.sources();
    ScanSummary.Counts counts = summary.counts();
    long conflicted = sources.stream().filter(s -> !s.conflicts().isEmpty()).count();
    long block = tally.verdicts.getOrDefault("block", 0L);
    long review = tally.verdicts.getOrDefault("review", 0L);
    page.raw("<section id=\"summary\"><h2>").t("nav.summary").raw("</h2><div class=\"cards\">");
    card(page, null, "card.seen", counts.seen());
    card(page, null, "card.read", counts.ok());
    card(page, counts.failed() > 0 ? "warn" : null, "card.failed", counts.failed());
    card(page, null, "card.skipped", counts.skipped());
    card(page, null, "card.sources", sources.size());
    card(page, conflicted > 0 ? "bad" : null, "card.conflicted", conflicted);
    card(page, null, "card.licences", tally.licences.size());
    card(page, tally.reserved > 0 ? "warn" : null, "card.reserved", tally.reserved);
    card(page, tally.withPii > 0 ? "warn" : null, "card.pii", tally.withPii);
    card(page, block > 0 ? "bad" : null, "card.blocked", block);
    card(page, review > 0 ? "warn" : null, "card.review", review);
    page.raw("</div><div class=\"charts\">");
    Charts.bars(page, page.m.get("chart.categories"), categories(page, tally), 0);
    Charts.bars(page, page.m.get("chart.reserved"), reservedShares(page, sources), 1);
    Charts.bars(page, page.m.get("chart.verdicts"), verdicts(page, tally), 0);
    page.raw("</div>");
    if (unreadable > 0) {
      page.raw("<p class=\"flag\">").f("unreadable", unreadable).raw("</p>");
    }
    page.raw("</section>");
  }

  private static void card(Page page, String cls, String key, long n) throws IOException {
    page.raw(cls == null ? "<div class=\"card\"><b>" : "<div class=\"card " + cls + "\"><b>");
    page.num(n).raw("</b>").t(key).raw("</div>");
  }

  private static List<Charts.Bar> categories(Page page, ItemTally tally) {
    Map<String, Long> byCategory = new TreeMap<>();
    tally.licences.values().forEach(l -> byCategory.merge(l.category, l.items, Long::sum));
    Map<String, Long> named = new TreeMap<>();
    byCategory.forEach((k, v) -> named.merge(Words.category(page.m, k), v, Long::sum));
    return counted(page, named);
  }

  private static List<Charts.Bar> verdicts(Page page, ItemTally tally) {
    Map<String, Long> named = new TreeMap<>();
    tally.verdicts.forEach((k, v) -> named.merge(Words.verdict(page.m, k), v, Long::sum));
    return counted(page, named);
  }

  /** Largest first, the tail summed into "(others)". */
  static List<Charts.Bar> counted(Page page, Map<String, Long> counts) {
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    List<Charts.Bar> bars = new ArrayList<>();
    long others = 0;
    for (Map.Entry<String, Long> e : entries) {
      if (bars.size() < Charts.MAX_BARS - 1) {
        bars.add(new Charts.Bar(e.getKey(), e.getValue(), page.m.num(e.getValue())));
      } else {
        others += e.getValue();
      }
    }
    if (others > 0) {
      bars.add(new Charts.Bar(page.m.get("chart.others"), others, page.m.num(others)));
    }
    return bars;
  }

  private static List<Charts.Bar> reservedShares(Page page, List<SourceRow> sources) {
    List<SourceRow> web = new ArrayList<>();
    sources.stream().filter(s -> s.optOut().pages() > 0).forEach(web::add);
    web.sort(Comparator.comparingLong((SourceRow s) -> -s.optOut().pages()));
    List<Charts.Bar> bars = new ArrayList<>();
    for (SourceRow s : web.subList(0, Math.min(web.size(), Charts.MAX_BARS))) {
      SourceRow.OptOutShare o = s.optOut();
      double share = o.reservedShare();
      String shown = page.m.format("chart.shareOf", page.m.percent(share), o.pages());
      bars.add(new Charts.Bar(s.name(), share, shown));
    }
    return bars;
  }
}
