package io.provscan.report.html;

import io.provscan.modelfile.ModelFolder;
import io.provscan.modelfile.ModelSummary;
import io.provscan.modelfile.ModelTotals;
import io.provscan.summary.ScanSummary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The model folders section, from {@code summary.json → models}: per folder, whether its card,
 * weights and licence files agree on the licence, what the weights' headers declare (licence,
 * datasets, base models), and the config files' lineage hints, labelled as weak evidence. Absent
 * from a scan that met no model file.
 */
final class ModelTable {
  private ModelTable() {}

  static void write(Page page, ScanSummary summary, int maxRows) throws IOException {
    ModelTotals models = summary.section(ModelSummary.KEY, ModelTotals.class).orElse(null);
    if (models == null || models.folders().isEmpty()) {
      return;
    }
    page.raw("<section id=\"models\"><h2>Model folders</h2>")
        .raw("<p class=\"note\">The licence a model card declares, the licence its weights'")
        .raw(" headers declare (GGUF general.license, safetensors metadata) and the licences")
        .raw(" found in its licence files, side by side. Config hints (_name_or_path,")
        .raw(" architectures) are weak evidence of lineage: a training script writes them.</p>");
    Table t =
        Table.begin(
            page,
            "t-models",
            "Source",
            "Card, weights and licence files",
            "Card declares",
            "Weights",
            "Licence files",
            "Config hints (weak)");
    int shown = 0;
    for (ModelFolder f : models.folders()) {
      if (shown == maxRows) {
        break;
      }
      row(page, t, f);
      shown++;
    }
    t.finish(shown, models.folders().size(), "All model folders are in summary.json → models.");
    page.raw("</section>");
  }

  private static void row(Page page, Table t, ModelFolder f) throws IOException {
    boolean conflict = f.agreement().equals("conflict");
    (conflict ? t.row("review") : t.row()).code(f.source());
    t.open(conflict ? "flag" : null).text(f.agreement());
    for (String c : f.conflicts()) {
      page.raw("<br>⚠ ").text(c);
    }
    t.close();
    t.lines(f.card().isEmpty() ? List.of("(no card licence)") : f.card());
    t.lines(weights(f.weights()));
    List<String> files = new ArrayList<>();
    f.licenseFiles().forEach(l -> files.add(l.path() + ": " + String.join(", ", l.licenses())));
    t.lines(files);
    t.lines(f.hints());
    t.end();
  }

  private static List<String> weights(List<ModelFolder.Weights> weights) {
    List<String> out = new ArrayList<>();
    for (ModelFolder.Weights w : weights) {
      String line = w.path() + " (" + w.format() + "): ";
      line += w.licenses().isEmpty() ? "no licence" : String.join(", ", w.licenses());
      if (!w.datasets().isEmpty()) {
        line += "; datasets " + String.join(", ", w.datasets());
      }
      if (!w.baseModels().isEmpty()) {
        line += "; base model " + String.join(", ", w.baseModels());
      }
      if (w.error() != null) {
        line += "; " + w.error();
      }
      out.add(line);
    }
    return out;
  }
}
