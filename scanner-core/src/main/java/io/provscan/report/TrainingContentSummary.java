package io.provscan.report;

import io.provscan.provenance.DataSource;
import io.provscan.provenance.SourceRow;
import io.provscan.summary.OptOutTotals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A draft of the public summary of training content that Art. 53(1)(d) of the EU AI Act requires,
 * in the parts of the AI Office's template (24 July 2025): 1 general information, 2 list of data
 * sources (public datasets, licensed private datasets, crawled data with the top domain names by
 * size of content, user data, synthetic data, other), 3 data-processing aspects (how TDM
 * reservations were respected, removal of illegal content). What the scan cannot know is a marked
 * blank for the provider.
 */
public final class TrainingContentSummary {
  /** The template's share of domain names listed, by size of content scraped: {@value}. */
  public static final double TOP_SHARE = 0.10;

  /**
   * Domains listed in the draft, all of them up to this many: {@value} (the template's SME cap).
   */
  public static final int MAX_DOMAINS = 1_000;

  private TrainingContentSummary() {}

  /** The draft in the language of {@code m}. */
  public static Doc of(CorpusFacts f, Messages m) {
    Doc.Builder d = new Doc.Builder(m);
    d.para(
        "doc.about", String.join(", ", f.summary().roots()), m.dateTime(f.summary().finishedAt()));
    d.para("eu.lead");
    general(f, m, d);
    d.h2("eu.sources");
    datasets(f, m, d);
    crawled(f, m, d);
    d.h3("eu.user");
    d.blank("eu.userField");
    d.h3("eu.synthetic");
    d.blank("eu.syntheticField");
    other(f, m, d);
    processing(f, m, d);
    return d.build("eu.title");
  }

  private static void general(CorpusFacts f, Messages m, Doc.Builder d) {
    d.h2("eu.general");
    d.blank("eu.provider");
    d.blank("eu.model");
    d.blank("eu.placed");
    List<String> lines = new ArrayList<>();
    Map<String, Long> modalities = modalities(f.summary().mediaTypes());
    modalities.forEach((k, v) -> lines.add(m.format("eu.modality", m.get("modality." + k), v)));
    lines.add(
        m.format(
            "eu.size",
            f.summary().bytes().items(),
            f.estimatedTokens(),
            m.get(range(f.estimatedTokens()))));
    d.bullets(lines);
  }

  /** Items per modality (text, image, audio, video, other) from their media types. */
  static Map<String, Long> modalities(Map<String, Long> mediaTypes) {
    Map<String, Long> out = new TreeMap<>();
    mediaTypes.forEach((type, n) -> out.merge(modality(type), n, Long::sum));
    return out;
  }

  private static String modality(String type) {
    String t = type == null ? "" : type;
    for (String m : List.of("image", "audio", "video")) {
      if (t.startsWith(m + "/")) {
        return m;
      }
    }
    return t.startsWith("text/")
            || t.contains("json")
            || t.contains("pdf")
            || t.contains("word")
            || t.contains("xml")
        ? "text"
        : "other";
  }

  /** The template's text size ranges, in tokens. */
  static String range(long tokens) {
    if (tokens < 1_000_000_000L) {
      return "eu.range.small";
    }
    return tokens <= 10_000_000_000_000L ? "eu.range.medium" : "eu.range.large";
  }

  private static void datasets(CorpusFacts f, Messages m, Doc.Builder d) {
    d.h3("eu.public");
    List<List<String>> rows = new ArrayList<>();
    for (SourceRow s : f.sources(DataSource.DATASET)) {
      List<String> lic = new ArrayList<>(s.declaredLicenses());
      s.detectedLicenses().keySet().stream().filter(x -> !lic.contains(x)).forEach(lic::add);
      rows.add(
          List.of(
              String.valueOf(s.name()),
              String.valueOf(s.origin()),
              lic.isEmpty() ? "—" : String.join(", ", lic),
              m.num(s.items())));
    }
    d.table(List.of("col.dataset", "col.link", "col.licences", "col.items"), rows);
    d.blank("eu.publicConfirm");
    d.h3("eu.private");
    d.blank("eu.privateField");
  }

  private static void crawled(CorpusFacts f, Messages m, Doc.Builder d) {
    d.h3("eu.crawled");
    d.blank("eu.crawler");
    d.blank("eu.period");
    List<SourceRow> hosts = f.sources(DataSource.HOST);
    long bytes = hosts.stream().mapToLong(SourceRow::bytes).sum();
    d.para("eu.crawledFacts", (long) hosts.size(), bytes);
    List<CorpusFacts.HostShare> all = f.topHosts(1.0);
    int top = f.topHosts(TOP_SHARE).size();
    d.para("eu.topRule", top, (long) all.size());
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < Math.min(all.size(), MAX_DOMAINS); i++) {
      CorpusFacts.HostShare h = all.get(i);
      rows.add(
          List.of(
              h.host(),
              m.num(h.bytes()),
              m.percent(h.share()),
              m.num(h.items()),
              m.get(i < top ? "eu.inTop" : "eu.notInTop")));
    }
    d.table(List.of("col.domain", "col.bytes", "col.share", "col.items", "col.inTop"), rows);
  }

  private static void other(CorpusFacts f, Messages m, Doc.Builder d) {
    d.h3("eu.other");
    List<List<String>> rows = new ArrayList<>();
    for (SourceRow s : f.sources()) {
      if (DataSource.FOLDER.equals(s.kind()) || DataSource.MODEL.equals(s.kind())) {
        String kind = m.find("kind." + s.kind());
        rows.add(
            List.of(
                String.valueOf(s.name()),
                kind == null ? s.kind() : kind,
                m.num(s.items()),
                m.num(s.bytes())));
      }
    }
    d.table(List.of("col.source", "col.kind", "col.items", "col.bytes"), rows);
  }

  private static void processing(CorpusFacts f, Messages m, Doc.Builder d) {
    d.h2("eu.processing");
    d.h3("eu.tdm");
    OptOutTotals o = f.optOut();
    if (o == null) {
      d.para("duty.ev.optOutOff");
    } else {
      d.bullets(TrainingDataStatement.optOutLines(f, o, m));
    }
    d.blank("eu.tdmMeasures");
    d.h3("eu.illegal");
    d.blank("eu.illegalField");
  }
}
