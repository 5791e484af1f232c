package io.provscan.report.html;

import io.provscan.report.Messages;
import java.io.IOException;
import java.io.Writer;

/**
 * The page being written. Markup comes only from this package's own constants through {@link #raw};
 * everything else goes through {@link #text}, which escapes it.
 */
final class Page {
  private final Writer out;
  final Messages m;

  Page(Writer out, Messages m) {
    this.out = out;
    this.m = m;
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

  /** A number with the language's thousands separators. */
  Page num(long n) throws IOException {
    out.write(m.num(n));
    return this;
  }

  /** The text of a message key, escaped. */
  Page t(String key) throws IOException {
    return text(m.get(key));
  }

  /** A message pattern with its arguments, escaped. */
  Page f(String key, Object... args) throws IOException {
    return text(m.format(key, args));
  }

  /** {@code <tag class="cls">text</tag>}, the text escaped. */
  Page el(String tag, String cls, String text) throws IOException {
    raw("<" + tag + (cls == null ? "" : " class=\"" + cls + "\"") + ">");
    text(text);
    return raw("</" + tag + ">");
  }
}
