package io.provscan.report.html;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * A sortable, filterable table: a filter box above it, headers the page's script sorts by, numeric
 * cells carrying their value in {@code data-v}. Rows beyond what the page shows are counted in a
 * note under the table, naming the file that has them all.
 */
final class Table {
  private final Page page;

  private Table(Page page) {
    this.page = page;
  }

  /**
   * Starts a table with the given id (a literal of this package) and column headers, each a message
   * key ({@code col.*}).
   */
  static Table begin(Page page, String id, String... headers) throws IOException {
    page.raw("<div class=\"tbl\"><input class=\"filter\" type=\"search\" placeholder=\"")
        .t("table.filter")
        .raw("\" aria-label=\"")
        .t("table.filterLabel")
        .raw("\" data-table=\"" + id + "\">")
        .raw("<table class=\"data\" id=\"" + id + "\"><thead><tr>");
    for (String h : headers) {
      page.raw("<th scope=\"col\">").t("col." + h).raw("</th>");
    }
    page.raw("</tr></thead><tbody>");
    return new Table(page);
  }

  Table row() throws IOException {
    page.raw("<tr>");
    return this;
  }

  Table row(String cls) throws IOException {
    page.raw("<tr class=\"" + cls + "\">");
    return this;
  }

  Table end() throws IOException {
    page.raw("</tr>");
    return this;
  }

  /** A text cell. */
  Table cell(String text) throws IOException {
    page.raw("<td>").text(text).raw("</td>");
    return this;
  }

  /** A text cell in a monospace font (paths, hashes, ids). */
  Table code(String text) throws IOException {
    page.raw("<td class=\"mono\">").text(text).raw("</td>");
    return this;
  }

  /** A numeric cell. */
  Table num(long n) throws IOException {
    page.raw("<td class=\"n\" data-v=\"" + n + "\">").num(n).raw("</td>");
    return this;
  }

  /** A share, 0 to 1, shown as a percentage. */
  Table share(double share) throws IOException {
    page.raw("<td class=\"n\" data-v=\"" + share + "\">").text(page.m.percent(share));
    page.raw("</td>");
    return this;
  }

  /** A cell of items, one per line. */
  Table lines(Collection<String> items) throws IOException {
    page.raw("<td>");
    boolean first = true;
    for (String s : items) {
      page.raw(first ? "" : "<br>").text(s);
      first = false;
    }
    page.raw("</td>");
    return this;
  }

  /** A cell of {@code key ×count} entries, one per line. */
  Table counts(Map<String, Long> counts) throws IOException {
    page.raw("<td>");
    boolean first = true;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      page.raw(first ? "" : "<br>").text(e.getKey()).raw(" <span class=\"x\">×");
      page.num(e.getValue()).raw("</span>");
      first = false;
    }
    page.raw("</td>");
    return this;
  }

  /** A cell whose content the caller writes (it must escape what it writes). */
  Page open(String cls) throws IOException {
    return page.raw(cls == null ? "<td>" : "<td class=\"" + cls + "\">");
  }

  Table close() throws IOException {
    page.raw("</td>");
    return this;
  }

  /**
   * Ends the table; when rows were left out, says how many and where they all are ({@code where} is
   * a message key, or empty).
   */
  void finish(long shown, long total, String where) throws IOException {
    page.raw("</tbody></table>");
    if (total == 0) {
      page.raw("<p class=\"none\">").t("table.none").raw("</p>");
    } else if (total > shown) {
      page.raw("<p class=\"cap\">").f("table.showing", shown, total);
      if (!where.isEmpty()) {
        page.raw(" ").t(where);
      }
      page.raw("</p>");
    }
    page.raw("</div>");
  }
}
