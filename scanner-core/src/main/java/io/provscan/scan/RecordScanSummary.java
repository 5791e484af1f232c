package io.provscan.scan;

import io.provscan.detect.optout.OptOutDetector;
import io.provscan.manifest.Manifests;
import io.provscan.policy.PolicyEngine;
import io.provscan.provenance.SourcesSection;
import io.provscan.record.ItemRecord;
import io.provscan.record.RecordSink;
import io.provscan.record.SummarySection;
import io.provscan.report.ScanOutput;
import io.provscan.report.render.ProvenanceReports;
import io.provscan.sitepolicy.Origins;
import io.provscan.sitepolicy.PolicyCaptures;
import io.provscan.sitepolicy.WarcPolicyPrePass;
import io.provscan.source.ItemStatus;
import io.provscan.source.PrePass;
import io.provscan.summary.ScanSummary;
import io.provscan.summary.SummaryBuilder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The end of a scan whose items were made elsewhere ({@link RecordScanner} on a cluster): reads the
 * item lines in, writes them to {@code items.jsonl}, counts them into {@code summary.json} with the
 * summary sections a {@link Scanner} run has, and renders {@code report.html} and {@code
 * provenance.spdx.json} as {@code provscan report} does. Use one instance per output folder: {@link
 * #add} every line, then {@link #finish} once.
 */
public final class RecordScanSummary implements AutoCloseable {
  private final ScanOptions options;
  private final Path out;
  private final List<String> roots;
  private final Instant started;
  private final Manifests manifests;
  private final SummaryBuilder summary;
  private final PolicyEngine engine;
  private final BufferedWriter items;
  private final Path temp;
  private final OptOutDetector optOut;

  /**
   * A summary for the output folder {@code out}.
   *
   * @param options the scan's options (their roots are read for manifests)
   * @param captures the policy captures the records were judged with, or null
   * @param roots the scan roots as the user named them (URIs too), for {@code summary.json}
   * @param started when the scan started
   */
  public RecordScanSummary(
      ScanOptions options, PolicyCaptures captures, List<String> roots, Instant started, Path out)
      throws IOException {
    this.options = options;
    this.out = out;
    this.roots = List.copyOf(roots);
    this.started = started;
    Files.createDirectories(out);
    this.temp = Files.createTempDirectory(out, TempFiles.PREFIX);
    Capabilities capabilities = Capabilities.of(options);
    for (PrePass p : capabilities.prePasses()) {
      if (captures != null && p instanceof WarcPolicyPrePass warc) {
        warc.use(captures);
      }
    }
    this.manifests =
        Manifests.find(
            options.roots(), options.sourceLimits(temp), CatalogLicenses.normalizer(options));
    this.optOut =
        capabilities.detectors().stream()
            .filter(OptOutDetector.class::isInstance)
            .map(OptOutDetector.class::cast)
            .findFirst()
            .orElse(null);
    List<SummarySection> sections = new ArrayList<>(capabilities.summarySections());
    sections.add(new SourcesSection(manifests.registry()));
    this.summary = new SummaryBuilder(sections);
    this.engine = new PolicyEngine(options.policy(), CatalogLicenses.categories(options));
    this.items = Files.newBufferedWriter(out.resolve(Scanner.ITEMS), StandardCharsets.UTF_8);
  }

  /** The line {@code items.jsonl} holds for a record. */
  public static String json(ItemRecord record) throws IOException {
    return io.provscan.internal.Json.compact().writeValueAsString(record);
  }

  /**
   * Adds one line of a part file ({@link #json}) to {@code items.jsonl} and the summary; a line
   * that is not a record is skipped.
   */
  public void add(String line) throws IOException {
    ItemRecord r = ScanOutput.parseLine(line);
    if (r == null) {
      return;
    }
    items.write(line);
    items.write('\n');
    met(r);
    for (RecordSink sink : List.of(summary, manifests.check())) {
      sink.accept(r, "");
    }
  }

  /**
   * What a scan learns of a record as it judges it, learnt again here: its source is registered,
   * and the site policy of a page the opt-out detector read is loaded, so that the summary lists
   * the same sources and site files as a {@link Scanner} run's.
   */
  private void met(ItemRecord r) {
    manifests.registry().assign(r.root(), r.path(), r.url());
    if (optOut == null || r.status() != ItemStatus.OK || r.isContainer()) {
      return;
    }
    Origins.parts(r.url())
        .filter(p -> !p.isPolicyFile())
        .ifPresent(p -> optOut.sites().forOrigin(p.origin()));
  }

  /** Writes {@code summary.json} and renders the reports; returns the summary. */
  public ScanSummary finish() throws IOException {
    items.close();
    manifests.finish();
    SummaryBuilder.RunInfo run =
        new SummaryBuilder.RunInfo(
            ToolVersion.get(), started, Instant.now(), roots, options.describe(), 0, null, 0);
    ScanSummary doc = summary.build(run).judged(engine);
    SummaryBuilder.write(doc, out.resolve(Scanner.SUMMARY));
    ProvenanceReports.render(out);
    return doc;
  }

  @Override
  public void close() throws IOException {
    items.close();
    TempFiles.deleteTree(temp);
  }
}
