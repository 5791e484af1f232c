package io.provscan.modelfile;

import io.provscan.detect.LicenseFinding;
import io.provscan.provenance.DataSource;
import io.provscan.provenance.SourceRegistry;
import io.provscan.record.ItemRecord;
import io.provscan.record.SummarySection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The {@code models} section of {@code summary.json}: each source holding weights files or model
 * configurations becomes one model folder whose card (the source's declared licences), weights
 * (their headers' licences) and licence files agree or conflict. Written only when a scan met a
 * model file: its snapshot is null otherwise, and {@code summary.json} leaves it out. Thread-safe.
 */
public final class ModelSummary implements SummarySection {
  /** The key of this section in {@code summary.json}. */
  public static final String KEY = "models";

  /** Most folders kept: {@value}. */
  static final int MAX_FOLDERS = 1_000;

  /** Most files of one kind kept per folder: {@value}. */
  static final int MAX_FILES = 100;

  private static final Pattern LICENSE_FILE =
      Pattern.compile("(?i)(license|licence|copying)([.-][\\w.-]*)?");
  private static final Pattern BASE_MODEL = Pattern.compile("gguf:general\\.base_model\\.\\d+\\.");
  private static final Pattern DATASET = Pattern.compile("gguf:general\\.dataset\\.\\d+\\.name");

  private final SourceRegistry sources;
  private final Map<String, Parts> folders = new TreeMap<>();

  /** A section over the scan's sources (for the licences a card declares). */
  public ModelSummary(SourceRegistry sources) {
    this.sources = sources;
  }

  /** What one folder's files said so far. */
  private static final class Parts {
    final List<ModelFolder.Weights> weights = new ArrayList<>();
    final List<ModelFolder.LicenseFile> licenseFiles = new ArrayList<>();
    final List<String> hints = new ArrayList<>();
  }

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public synchronized void accept(ItemRecord r) {
    Map<String, List<String>> m = r.metadata();
    String format =
        m.containsKey("gguf:version") || m.containsKey("gguf:error")
            ? "gguf"
            : m.keySet().stream().anyMatch(k -> k.startsWith("safetensors:"))
                ? "safetensors"
                : null;
    boolean config = m.keySet().stream().anyMatch(k -> k.startsWith("model:"));
    boolean license = LICENSE_FILE.matcher(name(r.path())).matches();
    if (format == null && !config && !license || r.source() == null) {
      return;
    }
    Parts p = folders.get(r.source());
    if (p == null) {
      if (folders.size() >= MAX_FOLDERS) {
        return;
      }
      p = new Parts();
      folders.put(r.source(), p);
    }
    if (format != null && p.weights.size() < MAX_FILES) {
      p.weights.add(weights(r, format));
    } else if (config && p.hints.size() < MAX_FILES) {
      hints(r, p.hints);
    } else if (license && p.licenseFiles.size() < MAX_FILES) {
      p.licenseFiles.add(new ModelFolder.LicenseFile(r.path(), ids(r.licenses())));
    }
  }

  private static void hints(ItemRecord r, List<String> out) {
    for (Map.Entry<String, List<String>> e : r.metadata().entrySet()) {
      if (e.getKey().startsWith("model:")) {
        String field = e.getKey().substring("model:".length());
        out.add(name(r.path()) + " " + field + " = " + String.join(", ", e.getValue()));
      }
    }
  }

  @Override
  public synchronized ModelTotals snapshot() {
    List<ModelFolder> out = new ArrayList<>();
    folders.forEach(
        (source, p) -> {
          if (!p.weights.isEmpty() || !p.hints.isEmpty()) {
            out.add(folder(source, p));
          }
        });
    return out.isEmpty() ? null : new ModelTotals(out);
  }

  private ModelFolder folder(String source, Parts p) {
    List<String> card = sources.get(source).map(DataSource::declaredLicenses).orElse(List.of());
    Set<String> weights = new LinkedHashSet<>();
    p.weights.forEach(w -> weights.addAll(w.licenses()));
    Set<String> files = new LinkedHashSet<>();
    p.licenseFiles.forEach(f -> files.addAll(f.licenses()));
    List<String> conflicts = new ArrayList<>();
    String agreement = Agreement.of(Set.copyOf(card), weights, files, conflicts);
    return new ModelFolder(source, card, p.weights, p.licenseFiles, p.hints, agreement, conflicts);
  }

  private static ModelFolder.Weights weights(ItemRecord r, String format) {
    Map<String, List<String>> m = r.metadata();
    List<String> datasets = new ArrayList<>(m.getOrDefault("gguf:general.datasets", List.of()));
    List<String> bases = new ArrayList<>();
    m.forEach(
        (k, v) -> {
          if (DATASET.matcher(k).matches()) {
            datasets.addAll(v);
          } else if (BASE_MODEL.matcher(k).lookingAt() && !k.endsWith(".count")) {
            bases.add(k.substring(k.lastIndexOf('.') + 1) + ": " + String.join(", ", v));
          }
        });
    String error = first(m.get(format + ":error"));
    return new ModelFolder.Weights(r.path(), format, ids(r.licenses()), datasets, bases, error);
  }

  private static List<String> ids(List<LicenseFinding> licenses) {
    return licenses.stream().map(LicenseFinding::spdx).distinct().toList();
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static String name(String path) {
    int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('!'));
    return path.substring(cut + 1).toLowerCase(Locale.ROOT);
  }
}
