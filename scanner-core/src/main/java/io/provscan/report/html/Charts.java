package io.provscan.report.html;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG bar charts: no script, no fonts, no external images. Labels are escaped like any other
 * text; colours are presentation attributes (the page's CSP forbids {@code style} attributes).
 */
final class Charts {
  /** Bars drawn per chart; the rest are summed into "(others)". */
  static final int MAX_BARS = 12;

  private static final int LABEL_W = 170;
  private static final int BAR_W = 220;
  private static final int ROW_H = 22;
  private static final int LABEL_CHARS = 26;
  private static final String[] PALETTE = {
    "#2e86c1", "#c0392b", "#d68910", "#1e8449", "#7d3c98", "#117a65", "#a04000", "#5d6d7e",
    "#b03a2e", "#2874a6", "#9a7d0a", "#6c3483"
  };

  private Charts() {}

  /**
   * One bar.
   *
   * @param label what it counts (escaped on output)
   * @param value its length, relative to the largest value (or to {@code max} when given)
   * @param shown the figure printed after the bar
   */
  record Bar(String label, double value, String shown) {}

  /** A horizontal bar chart; {@code max} ≤ 0 scales to the largest bar. */
  static void bars(Page page, String title, List<Bar> bars, double max) throws IOException {
    double top = max > 0 ? max : bars.stream().mapToDouble(Bar::value).max().orElse(1);
    int h = ROW_H * Math.max(bars.size(), 1) + 28;
    int w = LABEL_W + BAR_W + 90;
    page.raw("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
        .raw(" width=\"" + w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h + "\">")
        .raw("<title>")
        .text(title)
        .raw("</title><text x=\"0\" y=\"16\" font-size=\"13\" font-weight=\"600\">")
        .text(title)
        .raw("</text>");
    for (int i = 0; i < bars.size(); i++) {
      bar(page, i, bars.get(i), top);
    }
    if (bars.isEmpty()) {
      page.raw("<text x=\"0\" y=\"44\" font-size=\"12\" fill=\"#6b7385\">");
      page.t("chart.nothing").raw("</text>");
    }
    page.raw("</svg></figure>");
  }

  private static void bar(Page page, int i, Bar bar, double top) throws IOException {
    int y = 28 + i * ROW_H;
    int len = top <= 0 ? 0 : (int) Math.round(BAR_W * Math.min(bar.value() / top, 1.0));
    String label = bar.label() == null ? page.m.get("chart.none") : bar.label();
    if (label.length() > LABEL_CHARS) {
      label = label.substring(0, LABEL_CHARS - 1) + "…";
    }
    page.raw(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"12\">", y + 14))
        .text(label)
        .raw("</text>")
        .raw(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"></rect>",
                LABEL_W,
                y + 3,
                Math.max(len, 1),
                ROW_H - 6,
                PALETTE[i % PALETTE.length]))
        .raw(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"12\">",
                LABEL_W + Math.max(len, 1) + 6,
                y + 14))
        .text(bar.shown())
        .raw("</text>");
  }
}
