package io.provscan.detect.license;

import io.provscan.detect.LicenseFinding;
import io.provscan.licensedb.LicenseEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Licence exceptions joined to the licence they add a permission to, as the SPDX expression {@code
 * X WITH Y} (SPDX specification Annex D: an exception is never a licence on its own). An exception
 * is found by its text (the Autoconf, Bison, GCC runtime or LLVM exception paragraphs), by an SPDX
 * page's link, or by its name next to a grant ("GPL with the Classpath exception", "additional
 * permissions described in the GCC Runtime Library Exception, version 3.1"). It joins the nearest
 * licence granted within {@value #NEAR_LINES} lines, before it first, then after it, that it may
 * apply to. Only ids on the SPDX exception list are joined; the factory notes any other. An
 * exception with no licence near it is reported alone, as found.
 */
final class WithExceptions {
  /** Lines between an exception and the grant it joins at most: {@value}. */
  static final int NEAR_LINES = 40;

  /**
   * Deprecated SPDX ids (licence list 3.0) that are a licence with an exception in one id; their
   * text is the exception's, so they are read as the exception that joins a grant near it, or as
   * the pair they name when none is.
   */
  private static final Map<String, String[]> DEPRECATED =
      Map.of(
          "gpl-2.0-with-autoconf-exception",
              new String[] {"GPL-2.0-only", "Autoconf-exception-2.0"},
          "gpl-2.0-with-bison-exception", new String[] {"GPL-2.0-only", "Bison-exception-2.2"},
          "gpl-2.0-with-classpath-exception",
              new String[] {"GPL-2.0-only", "Classpath-exception-2.0"},
          "gpl-2.0-with-font-exception", new String[] {"GPL-2.0-only", "Font-exception-2.0"},
          "gpl-2.0-with-gcc-exception", new String[] {"GPL-2.0-only", "GCC-exception-2.0"},
          "gpl-3.0-with-autoconf-exception",
              new String[] {"GPL-3.0-only", "Autoconf-exception-3.0"},
          "gpl-3.0-with-gcc-exception", new String[] {"GPL-3.0-only", "GCC-exception-3.1"});

  /**
   * Exceptions written for a licence outside the GNU family, with that licence; every other one on
   * the SPDX list adds a permission to a GPL, LGPL or AGPL (their texts say which).
   */
  private static final Map<String, String> NOT_GNU =
      Map.of(
          "LLVM-exception", "Apache-2.0",
          "Swift-exception", "Apache-2.0",
          "fmt-exception", "MIT",
          "PCRE2-exception", "BSD-3-Clause");

  /**
   * An exception named in a notice: its words, and its SPDX id. The GCC runtime exception's version
   * is read after its name; see {@link #gccVersion}.
   */
  private record Named(Pattern words, String id) {}

  private static final List<Named> NAMES =
      List.of(
          named("classpath\\s+exception", "Classpath-exception-2.0"),
          named("gcc\\s+runtime\\s+library\\s+exception", "GCC-exception-3.1"),
          named("llvm\\s+exceptions?\\b", "LLVM-exception"),
          named("autoconf\\s+exception", "Autoconf-exception-generic"),
          named(
              "configuration\\s+script\\s+generated\\s+by\\s+autoconf",
              "Autoconf-exception-generic"),
          named("bison\\s+exception", "Bison-exception-2.2"),
          named(
              "part\\s+or\\s+all\\s+of\\s+the\\s+bison\\s+parser\\s+skeleton",
              "Bison-exception-2.2"),
          named("libtool\\s+exception", "Libtool-exception"),
          named("font\\s+exception", "Font-exception-2.0"));

  /** Confidence of an exception named in a notice: {@value}. */
  static final double LIKELY = 0.9;

  private static final Pattern GNU = Pattern.compile("A?L?GPL-\\d\\.\\d-(only|or-later)");

  private final LicenseKnowledge knowledge;
  private final FindingFactory factory;

  WithExceptions(LicenseKnowledge knowledge, FindingFactory factory) {
    this.knowledge = knowledge;
    this.factory = factory;
  }

  private static Named named(String words, String id) {
    return new Named(Pattern.compile("\\b" + words), id);
  }

  /**
   * The findings with each exception joined to the grant it applies to, the exception's own finding
   * then left out.
   *
   * @param found the findings of an item, in line order
   * @param text the item's text, where exceptions named in notices are looked for
   */
  List<LicenseFinding> joined(List<LicenseFinding> found, String text) {
    List<LicenseFinding> out = new ArrayList<>(found);
    List<LicenseFinding> exceptions = new ArrayList<>();
    for (LicenseFinding f : found) {
      if (exceptionOf(f) != null) {
        exceptions.add(f);
      }
    }
    if (out.stream().anyMatch(WithExceptions::mayTakeAnException)) {
      exceptions.addAll(named(text, out)); // the text is read again only when a grant could join
    }
    for (LicenseFinding x : exceptions) {
      join(x, out);
    }
    return out;
  }

  /**
   * Joins one exception to its grant in {@code out}, or leaves it (or its deprecated pair) alone.
   */
  private void join(LicenseFinding x, List<LicenseFinding> out) {
    String exception = exceptionOf(x);
    int partner = partner(x, exception, out);
    int self = out.indexOf(x);
    if (partner >= 0) {
      out.set(partner, with(out.get(partner), x, exception));
      if (self >= 0) {
        out.remove(self);
      }
      return;
    }
    String[] pair = DEPRECATED.get(x.spdx().toLowerCase(Locale.ROOT));
    if (pair != null && self >= 0) {
      LicenseFinding both =
          factory.expression(
              pair[0] + " WITH " + pair[1], x.basis(), x.confidence(), x.lines(), x.evidence());
      out.set(self, copy(both, x.clauses(), x.notes()));
    }
  }

  /** The SPDX exception id a finding is, or null when it is a licence. */
  private String exceptionOf(LicenseFinding f) {
    String[] pair = DEPRECATED.get(f.spdx().toLowerCase(Locale.ROOT));
    if (pair != null) {
      return pair[1];
    }
    if (f.spdx().contains(" ")) {
      return null;
    }
    return knowledge
        .entry(f.spdx())
        .filter(LicenseEntry::exception)
        .map(LicenseEntry::id)
        .orElse(null);
  }

  /**
   * The index in {@code out} of the grant an exception joins: the nearest licence before it within
   * {@link #NEAR_LINES} lines, else the nearest after it; -1 when none.
   */
  private int partner(LicenseFinding x, String exception, List<LicenseFinding> out) {
    if (x.lines() == null) {
      return -1;
    }
    int best = -1;
    int bestScore = Integer.MAX_VALUE;
    for (int i = 0; i < out.size(); i++) {
      LicenseFinding c = out.get(i);
      if (c == x
          || c.lines() == null
          || !appliesTo(exception, c.spdx())
          || exceptionOf(c) != null) {
        continue;
      }
      int d = x.lines().start() - c.lines().start();
      int score = d >= 0 ? d : NEAR_LINES - d; // one before it first
      if (Math.abs(d) <= NEAR_LINES && score < bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  /** Whether a finding is a licence some exception may add a permission to. */
  private static boolean mayTakeAnException(LicenseFinding f) {
    return f.lines() != null
        && (GNU.matcher(f.spdx()).matches() || NOT_GNU.containsValue(f.spdx()));
  }

  /** Whether an exception may add its permission to a licence (one id, not an expression). */
  static boolean appliesTo(String exception, String licence) {
    if (licence.contains(" ")) {
      return false;
    }
    String only = NOT_GNU.get(exception);
    return only != null ? only.equals(licence) : GNU.matcher(licence).matches();
  }

  /** The grant {@code g} with the exception: the pair's name and category, the grant's evidence. */
  private LicenseFinding with(LicenseFinding g, LicenseFinding x, String exception) {
    String id = exception;
    if (id.startsWith("GCC-exception") && x.basis().equals("notice-name")) {
      id = gccVersion(g.spdx());
    }
    LicenseFinding.LineRange lines =
        new LicenseFinding.LineRange(
            Math.min(g.lines().start(), x.lines().start()),
            Math.max(g.lines().end(), x.lines().end()));
    // The grant decides how sure the pair is: the exception only adds a permission to it.
    LicenseFinding pair =
        factory.expression(
            g.spdx() + " WITH " + id, g.basis(), g.confidence(), lines, g.evidence());
    List<String> notes = new ArrayList<>(g.notes());
    notes.addAll(pair.notes());
    notes.add(
        "exception "
            + id
            + " ("
            + (x.basis().equals("notice-name") ? "named" : x.basis())
            + ", line "
            + x.lines().start()
            + ")");
    return copy(pair, g.clauses(), notes);
  }

  private static String gccVersion(String licence) {
    return licence.startsWith("GPL-2") ? "GCC-exception-2.0" : "GCC-exception-3.1";
  }

  private static LicenseFinding copy(
      LicenseFinding f, List<LicenseFinding.Clause> clauses, List<String> notes) {
    return new LicenseFinding(
        f.spdx(),
        f.name(),
        f.basis(),
        f.confidence(),
        f.category(),
        clauses,
        f.lines(),
        f.evidence(),
        notes);
  }

  /**
   * Exceptions named in the text ("with the Classpath exception"), one per name, each as a
   * placeholder finding at its line; none already found by text or link.
   */
  private List<LicenseFinding> named(String text, List<LicenseFinding> found) {
    List<LicenseFinding> out = new ArrayList<>();
    for (Window.Segment s : Window.of(text)) {
      String lower = s.lower(s.from(), s.to());
      if (!lower.contains("exception")) {
        continue;
      }
      for (Named n : NAMES) {
        Matcher m = n.words().matcher(lower);
        if (m.find() && !foundAs(n.id(), found) && !foundAs(n.id(), out)) {
          int line = s.firstLine() + count(lower, m.start());
          String quote =
              Snippets.cut(
                  s.text()
                      .substring(
                          s.lineStart(s.from() + m.start()), s.lineEnd(s.from() + m.start())));
          out.add(
              new LicenseFinding(
                  n.id(),
                  n.id(),
                  "notice-name",
                  LIKELY,
                  "unknown",
                  List.of(),
                  new LicenseFinding.LineRange(line, line),
                  quote,
                  List.of()));
        }
      }
    }
    return out;
  }

  private boolean foundAs(String exception, List<LicenseFinding> found) {
    for (LicenseFinding f : found) {
      String x = exceptionOf(f);
      boolean joined = f.spdx().endsWith(" WITH " + exception);
      if (exception.equals(x) || joined || (x != null && x.startsWith(prefix(exception)))) {
        return true;
      }
    }
    return false;
  }

  /** "GCC-exception", "Autoconf-exception": the name of an exception without its version. */
  private static String prefix(String exception) {
    int at = exception.indexOf("-exception");
    return at > 0 ? exception.substring(0, at + "-exception".length()) : exception;
  }

  private static int count(String s, int end) {
    int n = 0;
    for (int i = 0; i < end; i++) {
      n += s.charAt(i) == '\n' ? 1 : 0;
    }
    return n;
  }
}
