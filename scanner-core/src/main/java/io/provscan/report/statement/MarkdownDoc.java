package io.provscan.report.statement;

import io.provscan.report.Doc;
import java.util.List;

/**
 * A {@link Doc} as CommonMark with GitHub tables. Corpus strings (source names, origins) are
 * escaped so that they stay text: Markdown punctuation and HTML's angle brackets get a backslash or
 * an entity, and line breaks inside a table cell become spaces.
 */
final class MarkdownDoc {
  private MarkdownDoc() {}

  static String render(Doc doc) {
    StringBuilder out = new StringBuilder("# ").append(escape(doc.title())).append("\n\n");
    for (Doc.Block b : doc.blocks()) {
      block(out, b);
    }
    return out.toString();
  }

  private static void block(StringBuilder out, Doc.Block b) {
    if (b instanceof Doc.Heading h) {
      out.append("#".repeat(h.level())).append(' ').append(escape(h.text())).append("\n\n");
    } else if (b instanceof Doc.Para p) {
      out.append(escape(p.text())).append("\n\n");
    } else if (b instanceof Doc.Bullets l) {
      l.items().forEach(s -> out.append("- ").append(escape(s)).append('\n'));
      out.append('\n');
    } else if (b instanceof Doc.Blank blank) {
      out.append("> **").append(escape(blank.marker())).append("** ");
      out.append(escape(blank.field())).append(" ______\n\n");
    } else if (b instanceof Doc.Table t) {
      row(out, t.headers());
      out.append('|').append(" --- |".repeat(t.headers().size())).append('\n');
      t.rows().forEach(r -> row(out, r));
      out.append('\n');
    }
  }

  private static void row(StringBuilder out, List<String> cells) {
    out.append('|');
    cells.forEach(c -> out.append(' ').append(escape(c).replace('\n', ' ')).append(" |"));
    out.append('\n');
  }

  /** Backslash before Markdown punctuation; {@code <} and {@code >} as entities. */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '\\', '`', '*', '_', '[', ']', '|', '#', '!' -> b.append('\\').append(c);
        case '\r' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
