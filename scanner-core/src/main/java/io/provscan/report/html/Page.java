package io.provscan.report.html;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The page being written. Markup comes only from this package's own constants through {@link #raw};
 * everything else goes through {@link #text}, which escapes it.
 */
final class Page {
  private final Writer out;

  Page(Writer out) {
    this.out = out;
  }

  /** Markup written as is: only for the renderer's own literals, never for corpus strings. */
  Page raw(String markup) throws IOException {
    out.write(markup);
    return this;
  }

  /** Text, escaped. */
  Page text(String s) throws IOException {
    out.write(Escape.html(s));
    return this;
  }

  /** A number with thousands separators. */
  Page num(long n) throws IOException {
    out.write(String.format(Locale.ROOT, "%,d", n));
    return this;
  }

  /** {@code <tag class="cls">text</tag>}, the text escaped. */
  Page el(String tag, String cls, String text) throws IOException {
    raw("<" + tag + (cls == null ? "" : " class=\"" + cls + "\"") + ">");
    text(text);
    return raw("</" + tag + ">");
  }
}
