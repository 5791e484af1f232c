package io.provscan.export;

import static io.provscan.report.html.Escape.html;

import io.provscan.internal.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code export.html}: the manifest's counts on one self-contained page for people — what was kept
 * and dropped, why, per source and licence, what personal data was replaced and how, and the first
 * items left out for a problem of the input.
 */
final class ExportPage {
  private ExportPage() {}

  static void write(Path dest, Tally.State c, List<ShardFile> shards, ExportOptions options)
      throws IOException {
    String page = render(c, shards, options);
    AtomicFiles.write(
        dest.resolve(Exporter.PAGE), o -> o.write(page.getBytes(StandardCharsets.UTF_8)));
  }

  static String render(Tally.State c, List<ShardFile> shards, ExportOptions options) {
    StringBuilder sb = new StringBuilder(8192);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>provscan export</title><style>")
        .append("body{font:14px/1.45 system-ui,sans-serif;margin:2em;max-width:70em}")
        .append("table{border-collapse:collapse;margin:.5em 0 1.5em}")
        .append("td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}")
        .append("td.n{text-align:right}</style></head><body>\n");
    sb.append("<h1>provscan export</h1>\n<p>")
        .append(c.kept())
        .append(" records kept in ")
        .append(shards.size())
        .append(" shard(s) (")
        .append(html(options.format().id()))
        .append("), ")
        .append(c.dropped())
        .append(" dropped, of which ")
        .append(c.problems())
        .append(" for a problem of the input. Policy: ")
        .append(html(String.valueOf(options.describe().get("policy"))))
        .append(options.includeReview() ? "; review included" : "")
        .append(". Every item left out is in <code>")
        .append(Exporter.DROPPED)
        .append("</code>; the Croissant manifest is <code>")
        .append(Exporter.MANIFEST)
        .append("</code>.</p>\n");
    table(sb, "Dropped per reason", "reason", c.reasons());
    keptDropped(sb, "Per source", "source", c.sources());
    keptDropped(sb, "Per licence", "licence", c.licenses());
    sb.append(
        "<h2>Personal data replaced</h2>\n<table><tr><th>type</th><th>operator</th><th>values</th></tr>\n");
    c.deidentified()
        .forEach(
            (type, ops) ->
                ops.forEach(
                    (op, n) ->
                        sb.append("<tr><td>")
                            .append(html(type))
                            .append("</td><td>")
                            .append(html(op))
                            .append("</td><td class=n>")
                            .append(n)
                            .append("</td></tr>\n")));
    sb.append("</table>\n");
    if (!c.problemItems().isEmpty()) {
      sb.append("<h2>Items left out for a problem of the input</h2>\n<ul>\n");
      c.problemItems().forEach(p -> sb.append("<li>").append(html(p)).append("</li>\n"));
      sb.append("</ul>\n");
    }
    return sb.append("</body></html>\n").toString();
  }

  private static void table(StringBuilder sb, String title, String what, Map<String, Long> rows) {
    sb.append("<h2>")
        .append(html(title))
        .append("</h2>\n<table><tr><th>")
        .append(html(what))
        .append("</th><th>records</th></tr>\n");
    rows.forEach(
        (k, n) ->
            sb.append("<tr><td>")
                .append(html(k))
                .append("</td><td class=n>")
                .append(n)
                .append("</td></tr>\n"));
    sb.append("</table>\n");
  }

  private static void keptDropped(
      StringBuilder sb, String title, String what, Map<String, Map<String, Long>> rows) {
    sb.append("<h2>")
        .append(html(title))
        .append("</h2>\n<table><tr><th>")
        .append(html(what))
        .append("</th><th>kept</th><th>dropped</th></tr>\n");
    rows.forEach(
        (k, n) ->
            sb.append(
                String.format(
                    Locale.ROOT,
                    "<tr><td>%s</td><td class=n>%d</td><td class=n>%d</td></tr>%n",
                    html(k),
                    n.getOrDefault(Tally.KEPT, 0L),
                    n.getOrDefault(Tally.DROPPED, 0L))));
    sb.append("</table>\n");
  }
}
