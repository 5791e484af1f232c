package io.provscan.scan;

import io.provscan.detect.DetectorInput;
import io.provscan.detect.Findings;
import io.provscan.detect.OptOut;
import io.provscan.detect.optout.OptOutDetector;
import io.provscan.detect.optout.OptOutSettings;
import io.provscan.detect.optout.SitePolicy;
import io.provscan.extract.Deadline;
import io.provscan.extract.Extracted;
import io.provscan.extract.ExtractionLimits;
import io.provscan.extract.TikaExtractor;
import io.provscan.sitepolicy.Origins;
import io.provscan.source.Excludes;
import io.provscan.source.Item;
import io.provscan.source.PageCapture;
import io.provscan.source.SourceLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Explains one URL's opt-out status signal by signal ({@code provscan optout URL}): the site
 * policies of its origin from saved files, WARC captures or a live fetch, and, when a WARC file
 * holds a capture of the page itself, the page's own headers, meta tags and metadata.
 */
public final class OptOutExplainer {
  private final OptOutSettings settings;
  private final List<Path> warcs;
  private final String version;

  /**
   * An explainer.
   *
   * @param settings where site policies come from (folder, fetch)
   * @param warcs WARC files with policy captures and perhaps the page; may be empty
   * @param version provscan's version, for the user agent of a fetch
   */
  public OptOutExplainer(OptOutSettings settings, List<Path> warcs, String version) {
    this.settings = settings;
    this.warcs = List.copyOf(warcs);
    this.version = version;
  }

  /**
   * The explanation of one URL.
   *
   * @param url the URL asked about
   * @param optOut its status and every signal
   * @param site the policies of its origin
   * @param page where the page's own capture was found, or null when it was not
   */
  public record Explanation(String url, OptOut optOut, SitePolicy site, String page) {}

  /**
   * Explains {@code url}.
   *
   * @throws IllegalArgumentException when it is not an http(s) URL, or a WARC file is missing
   */
  public Explanation explain(String url) throws IOException, InterruptedException {
    if (Origins.of(url).isEmpty()) {
      throw new IllegalArgumentException("'" + url + "' is not an http(s) URL");
    }
    for (Path w : warcs) {
      if (!Files.isRegularFile(w)) {
        throw new IllegalArgumentException("--warc '" + w + "' is not a file");
      }
    }
    OptOutStage stage = OptOutStage.create(settings, version);
    OptOutDetector detector = stage.detector();
    Path temp = Files.createTempDirectory("provscan-optout-");
    try {
      stage.prePass().prepare(warcs, limits(temp));
      Optional<PageCapture.Found> page = PageCapture.find(warcs, url, temp);
      DetectorInput input = page.map(p -> input(p.item())).orElse(bare(url));
      Findings f = detector.detect(input);
      SitePolicy site = detector.sites().forUrl(url).orElseThrow();
      return new Explanation(
          url, f.optOut(), site, page.map(PageCapture.Found::where).orElse(null));
    } finally {
      deleteTree(temp);
    }
  }

  private static DetectorInput bare(String url) {
    return new DetectorInput(url, url, null, null, null, "", Map.of());
  }

  private static DetectorInput input(Item item) {
    ExtractionLimits limits =
        new ExtractionLimits(
            ExtractionLimits.DEFAULT_MAX_CHARS,
            PageCapture.MAX_PAGE_BYTES,
            ExtractionLimits.DEFAULT_TIMEOUT,
            ExtractionLimits.DEFAULT_EMBEDDED_DEPTH,
            ExtractionLimits.DEFAULT_EMBEDDED_COUNT,
            250);
    Extracted ex = new TikaExtractor(limits).extract(item, Deadline.in(limits.timeout()));
    return DetectorInput.of(item, ex);
  }

  private static SourceLimits limits(Path temp) {
    return new SourceLimits(
        false, Excludes.none(), List.of(), Long.MAX_VALUE, 1 << 20, 0, 1, 1, 250, temp);
  }

  private static void deleteTree(Path dir) throws IOException {
    List<Path> paths = new ArrayList<>();
    try (var walk = Files.walk(dir)) {
      walk.forEach(paths::add);
    }
    for (int i = paths.size() - 1; i >= 0; i--) {
      Files.deleteIfExists(paths.get(i));
    }
  }
}
