package io.provscan.report.html;

import io.provscan.provenance.SourceRow;
import io.provscan.summary.ScanSummary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The page's head, title bar, navigation and summary (figures first, then the charts). */
final class Overview {
  private Overview() {}

  static void head(Page page, ScanSummary summary) throws IOException {
    page.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"" + Assets.CSP + "\">")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .raw("<meta name=\"referrer\" content=\"no-referrer\">")
        .raw("<title>Provenance report</title><style>")
        .raw(Assets.STYLE)
        .raw("</style></head><body><header><h1>Provenance report</h1><p>")
        .text("provscan " + (summary.tool() == null ? "?" : summary.tool().version()))
        .raw(" · scan of ")
        .text(String.join(", ", summary.roots()))
        .raw("</p><p>finished ")
        .text(summary.finishedAt());
    String policy = summary.policy() == null ? null : summary.policy().origin();
    page.raw(" · policy: ").text(policy == null ? "none" : policy).raw("</p></header><nav>");
    String[][] links = {
      {"summary", "Summary"}, {"sources", "Sources"}, {"licences", "Licences"},
      {"obligations", "Obligations"}, {"optouts", "Opt-outs"}, {"pii", "Personal information"},
      {"verdicts", "Verdicts"}, {"failures", "Failures"}, {"items", "Items"}
    };
    for (String[] l : links) {
      page.raw("<a href=\"#" + l[0] + "\">" + l[1] + "</a>");
    }
    page.raw("</nav><main>");
  }

  static void summary(Page page, ScanSummary summary, List<SourceRow> sources, ItemTally tally)
      throws IOException {
    ScanSummary.Counts counts = summary.counts();
    long conflicted = sources.stream().filter(s -> !s.conflicts().isEmpty()).count();
    long block = tally.verdicts.getOrDefault("block", 0L);
    long review = tally.verdicts.getOrDefault("review", 0L);
    page.raw("<section id=\"summary\"><h2>Summary</h2><div class=\"cards\">");
    card(page, null, "items scanned", counts.seen());
    card(page, null, "read", counts.ok());
    card(page, counts.failed() > 0 ? "warn" : null, "failed", counts.failed());
    card(page, null, "skipped", counts.skipped());
    card(page, null, "sources", sources.size());
    card(page, conflicted > 0 ? "bad" : null, "sources with licence conflicts", conflicted);
    card(page, null, "distinct licences", tally.licences.size());
    card(page, tally.reserved > 0 ? "warn" : null, "items reserved (opt-out)", tally.reserved);
    card(page, tally.withPii > 0 ? "warn" : null, "items with personal data", tally.withPii);
    card(page, block > 0 ? "bad" : null, "blocked", block);
    card(page, review > 0 ? "warn" : null, "to review", review);
    page.raw("</div><div class=\"charts\">");
    Charts.bars(page, "Licence categories (items)", categories(tally), 0);
    Charts.bars(page, "Reserved share of web pages, by source", reservedShares(sources), 1);
    Charts.bars(page, "Verdicts (items)", counted(tally.verdicts), 0);
    page.raw("</div></section>");
  }

  private static void card(Page page, String cls, String label, long n) throws IOException {
    page.raw(cls == null ? "<div class=\"card\"><b>" : "<div class=\"card " + cls + "\"><b>");
    page.num(n).raw("</b>").text(label).raw("</div>");
  }

  private static List<Charts.Bar> categories(ItemTally tally) {
    Map<String, Long> byCategory = new TreeMap<>();
    tally.licences.values().forEach(l -> byCategory.merge(l.category, l.items, Long::sum));
    return counted(byCategory);
  }

  /** Largest first, the tail summed into "(others)". */
  static List<Charts.Bar> counted(Map<String, Long> counts) {
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    List<Charts.Bar> bars = new ArrayList<>();
    long others = 0;
    for (Map.Entry<String, Long> e : entries) {
      if (bars.size() < Charts.MAX_BARS - 1) {
        bars.add(
            new Charts.Bar(
                e.getKey(), e.getValue(), String.format(Locale.ROOT, "%,d", e.getValue())));
      } else {
        others += e.getValue();
      }
    }
    if (others > 0) {
      bars.add(new Charts.Bar("(others)", others, String.format(Locale.ROOT, "%,d", others)));
    }
    return bars;
  }

  private static List<Charts.Bar> reservedShares(List<SourceRow> sources) {
    List<SourceRow> web = new ArrayList<>();
    sources.stream().filter(s -> s.optOut().pages() > 0).forEach(web::add);
    web.sort(Comparator.comparingLong((SourceRow s) -> -s.optOut().pages()));
    List<Charts.Bar> bars = new ArrayList<>();
    for (SourceRow s : web.subList(0, Math.min(web.size(), Charts.MAX_BARS))) {
      SourceRow.OptOutShare o = s.optOut();
      double share = o.reservedShare();
      String shown = String.format(Locale.ROOT, "%.1f%% of %,d", share * 100, o.pages());
      bars.add(new Charts.Bar(s.name(), share, shown));
    }
    return bars;
  }
}
