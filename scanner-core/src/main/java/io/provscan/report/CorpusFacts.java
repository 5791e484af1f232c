package io.provscan.report;

import io.provscan.provenance.DataSource;
import io.provscan.provenance.SourceRow;
import io.provscan.summary.LicenseTotals;
import io.provscan.summary.OptOutTotals;
import io.provscan.summary.PiiTotals;
import io.provscan.summary.ScanSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the lawyer- and regulator-facing reports (duties, training-data statement, EU summary,
 * CycloneDX) say about a finished scan, read from {@code summary.json} alone: those reports need
 * totals, not items, so they cost nothing per item.
 *
 * @param summary the scan's summary
 * @param sources its sources, largest first
 * @param exports the exports made from it ({@code exports.json}), empty when none
 */
public record CorpusFacts(ScanSummary summary, List<SourceRow> sources, ExportLog exports) {
  /**
   * Characters per token assumed for text outside Chinese, Japanese and Korean: {@value}, the usual
   * rule of thumb for byte-pair-encoding tokenizers on English.
   */
  public static final double CHARS_PER_TOKEN = 4.0;

  /** Characters per token assumed for Chinese, Japanese and Korean text: {@value}. */
  public static final double CJK_CHARS_PER_TOKEN = 1.5;

  private static final Set<String> CJK = Set.of("zh", "ja", "ko");

  /** Copies the sources; no export log is an empty one. */
  public CorpusFacts {
    sources = List.copyOf(sources);
    exports = exports == null ? ExportLog.EMPTY : exports;
  }

  /** The facts of a scan with no export recorded. */
  public CorpusFacts(ScanSummary summary, List<SourceRow> sources) {
    this(summary, sources, ExportLog.EMPTY);
  }

  /** The facts of a finished scan. */
  public static CorpusFacts of(ScanOutput scan) {
    return new CorpusFacts(scan.summary(), scan.sources(), scan.exports());
  }

  /** The licence totals, empty when licences were not detected. */
  public LicenseTotals licenses() {
    return summary
        .licenses()
        .orElse(new LicenseTotals(0, Map.of(), Map.of(), Map.of(), Map.of(), null));
  }

  /** True when the scan looked for licences. */
  public boolean licencesDetected() {
    return summary.licenses().isPresent();
  }

  /** The opt-out totals, or null when opt-outs were not read. */
  public OptOutTotals optOut() {
    return summary.optOut().orElse(null);
  }

  /** The personal-data totals, or null when personal data was not looked for. */
  public PiiTotals pii() {
    return summary.pii().orElse(null);
  }

  /** Sources of one kind ({@link DataSource#HOST}, …), largest first. */
  public List<SourceRow> sources(String kind) {
    return sources.stream().filter(s -> kind.equals(s.kind())).toList();
  }

  /** Sources whose declaration does not cover what was detected. */
  public long conflictedSources() {
    return sources.stream().filter(s -> !s.conflicts().isEmpty()).count();
  }

  /** Items per verdict ({@code allow}, {@code review}, {@code block}); empty without a policy. */
  public Map<String, Long> verdicts() {
    return summary.verdicts() == null ? Map.of() : summary.verdicts().items();
  }

  /**
   * An estimate of the tokens in the extracted text: characters in Chinese, Japanese and Korean
   * items (by their share of items with a detected language) over {@link #CJK_CHARS_PER_TOKEN}, the
   * rest over {@link #CHARS_PER_TOKEN}. An estimate of scale, not a tokenizer's count.
   */
  public long estimatedTokens() {
    long withLanguage = 0;
    long cjk = 0;
    for (Map.Entry<String, Long> e : summary.languages().entrySet()) {
      withLanguage += e.getValue();
      if (CJK.contains(e.getKey().toLowerCase(Locale.ROOT))) {
        cjk += e.getValue();
      }
    }
    double share = withLanguage == 0 ? 0 : (double) cjk / withLanguage;
    double chars = summary.chars();
    return Math.round(chars * share / CJK_CHARS_PER_TOKEN + chars * (1 - share) / CHARS_PER_TOKEN);
  }

  /**
   * What manifests say about annotation: every fact whose key names annotation or its creators
   * (Hugging Face {@code annotations_creators}, {@code language_creators}; Croissant RAI {@code
   * dataAnnotationProtocol}, …), by source name then key.
   */
  public Map<String, Map<String, Object>> annotationFacts() {
    Map<String, Map<String, Object>> out = new TreeMap<>();
    for (SourceRow s : sources) {
      s.facts()
          .forEach(
              (k, v) -> {
                String key = k.toLowerCase(Locale.ROOT);
                if (key.contains("annotation") || key.contains("creators")) {
                  out.computeIfAbsent(s.name(), n -> new TreeMap<>()).put(k, v);
                }
              });
    }
    return out;
  }

  /**
   * The web hosts largest first by bytes of content scanned, with the smallest set that covers at
   * least {@code share} of all hosts (at least one when there is any): the AI Office template asks
   * for the top 10% of domain names by size of content scraped.
   */
  public List<HostShare> topHosts(double share) {
    List<SourceRow> hosts = new ArrayList<>(sources(DataSource.HOST));
    hosts.sort(
        Comparator.comparingLong(SourceRow::bytes).reversed().thenComparing(SourceRow::name));
    long total = hosts.stream().mapToLong(SourceRow::bytes).sum();
    int keep = hosts.isEmpty() ? 0 : Math.max(1, (int) Math.ceil(hosts.size() * share));
    List<HostShare> out = new ArrayList<>();
    for (SourceRow h : hosts.subList(0, keep)) {
      double of = total == 0 ? 0 : (double) h.bytes() / total;
      out.add(new HostShare(h.name(), h.bytes(), of, h.items(), h.optOut().reservedPages()));
    }
    return out;
  }

  /**
   * One web host and its share of the crawled content.
   *
   * @param host the host name
   * @param bytes bytes of its items
   * @param share its bytes over the bytes of all hosts, 0 to 1
   * @param items its items
   * @param reservedPages its pages reserved against TDM or AI training
   */
  public record HostShare(String host, long bytes, double share, long items, long reservedPages) {}
}
