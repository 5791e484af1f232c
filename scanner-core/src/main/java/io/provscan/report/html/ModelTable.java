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
    page.raw("<section id=\"models\"><h2>")
        .t("nav.models")
        .raw("</h2><p class=\"note\">")
        .t("models.note")
        .raw("</p>");
    Table t =
        Table.begin(
            page,
            "t-models",
            "source",
            "modelAgreement",
            "modelCard",
            "modelWeights",
            "modelLicenceFiles",
            "modelHints");
    int shown = 0;
    for (ModelFolder f : models.folders()) {
      if (shown == maxRows) {
        break;
      }
      row(page, t, f);
      shown++;
    }
    t.finish(shown, models.folders().size(), "models.all");
    page.raw("</section>");
  }

  private static void row(Page page, Table t, ModelFolder f) throws IOException {
    boolean conflict = f.agreement().equals("conflict");
    (conflict ? t.row("review") : t.row()).code(f.source());
    t.open(conflict ? "flag" : null).t("models.agreement." + f.agreement());
    for (String c : f.conflicts()) {
      page.raw("<br>⚠ ").text(c);
    }
    t.close();
    t.lines(f.card().isEmpty() ? List.of(page.m.get("models.noCardLicence")) : f.card());
    t.lines(weights(page, f.weights()));
    List<String> files = new ArrayList<>();
    f.licenseFiles().forEach(l -> files.add(l.path() + ": " + String.join(", ", l.licenses())));
    t.lines(files);
    t.lines(f.hints());
    t.end();
  }

  private static List<String> weights(Page page, List<ModelFolder.Weights> weights) {
    List<String> out = new ArrayList<>();
    for (ModelFolder.Weights w : weights) {
      String line = w.path() + " (" + w.format() + "): ";
      line +=
          w.licenses().isEmpty() ? page.m.get("models.noLicence") : String.join(", ", w.licenses());
      if (!w.datasets().isEmpty()) {
        line += "; " + page.m.get("models.datasets") + " " + String.join(", ", w.datasets());
      }
      if (!w.baseModels().isEmpty()) {
        line += "; " + page.m.get("models.baseModel") + " " + String.join(", ", w.baseModels());
      }
      if (w.error() != null) {
        line += "; " + w.error();
      }
      out.add(line);
    }
    return out;
  }
}
