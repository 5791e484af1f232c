package io.provscan.detect.license;

import io.provscan.detect.LicenseFinding;
import io.provscan.licensedb.LicenseEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Full licence texts in one segment: SPDX texts through {@link TextMatcher}, provscan's own
 * model-licence texts through their phrases, each with the lines it spans and, for model licences,
 * every clause found with the line that states it.
 */
final class FullTextFinder {
  /** Confidence of a model-licence text whose recognising phrases are all present: {@value}. */
  static final double PHRASES_MATCHED = 0.9;

  private final LicenseKnowledge k;
  private final TextMatcher matcher;
  private final FindingFactory factory;

  FullTextFinder(LicenseKnowledge knowledge, FindingFactory factory) {
    this.k = knowledge;
    this.matcher = new TextMatcher(knowledge);
    this.factory = factory;
  }

  /** The licence texts in {@code tokens}. */
  List<LicenseFinding> find(Tokens tokens) {
    List<Own> own = own(tokens);
    List<LicenseFinding> out = new ArrayList<>();
    for (TextMatcher.Match m : matcher.find(tokens)) {
      int first = tokens.lines[m.first()];
      int last = tokens.lines[m.last()];
      if (own.stream().noneMatch(o -> replaces(o, m, first, last))) {
        out.add(spdx(m, tokens, first, last));
      }
    }
    own.forEach(o -> out.add(o.finding));
    out.sort((a, b) -> Integer.compare(a.lines().start(), b.lines().start()));
    return out;
  }

  /** A model licence replaces an SPDX text it contains (Kimi's modified MIT) or resembles. */
  private static boolean replaces(Own o, TextMatcher.Match m, int first, int last) {
    boolean overlap = first <= o.last && last >= o.first;
    return overlap && (!m.exact() || o.entry.supersedes().contains(m.entry().id()));
  }

  private LicenseFinding spdx(TextMatcher.Match m, Tokens tokens, int first, int last) {
    List<String> notes = new ArrayList<>(m.differences());
    LicenseEntry e = m.entry();
    if (e.id().endsWith("-or-later")) {
      // The "-or-later" template is the same licence text: a text never says "or later" itself.
      e = k.entry(e.id().replace("-or-later", "-only")).orElse(e);
    }
    if (e.id().endsWith("-only") && k.entry(e.id().replace("-only", "-or-later")).isPresent()) {
      notes.add("the text alone does not say whether later versions apply; a notice decides");
    }
    if (e.deprecated()) {
      notes.add("deprecated SPDX id");
    }
    return factory.entry(
        e,
        "text",
        m.confidence(),
        new LicenseFinding.LineRange(first, last),
        FindingFactory.catalogueClauses(e),
        Snippets.lineAt(tokens.text, tokens.starts[m.first()]),
        notes);
  }

  private record Own(LicenseEntry entry, int first, int last, LicenseFinding finding) {}

  private List<Own> own(Tokens tokens) {
    int[] at = k.phrases().find(tokens);
    List<Own> out = new ArrayList<>();
    for (LicenseKnowledge.OwnEntry o : k.own()) {
      if (all(o.all(), at) && (o.any().length == 0 || anyOf(o.any(), at)) && !anyOf(o.none(), at)) {
        out.add(ownFinding(o, at, tokens));
      }
    }
    return out;
  }

  private Own ownFinding(LicenseKnowledge.OwnEntry o, int[] at, Tokens tokens) {
    int first = Integer.MAX_VALUE;
    int last = -1;
    int firstToken = -1;
    for (int p : concat(o.all(), o.any())) {
      if (at[p] >= 0) {
        first = Math.min(first, at[p]);
        last = Math.max(last, at[p] + k.phrases().length(p) - 1);
        firstToken = first;
      }
    }
    List<LicenseFinding.Clause> clauses = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int withPhrase = 0;
    int found = 0;
    List<LicenseEntry.ClauseSpec> specs = o.entry().clauses();
    for (int i = 0; i < specs.size(); i++) {
      LicenseEntry.ClauseSpec c = specs.get(i);
      int p = o.clausePhrases()[i];
      if (p < 0) {
        clauses.add(
            new LicenseFinding.Clause(
                c.type().id(), c.value(), "catalogue: " + o.entry().id(), null));
        continue;
      }
      withPhrase++;
      if (at[p] >= 0) {
        found++;
        first = Math.min(first, at[p]);
        last = Math.max(last, at[p] + k.phrases().length(p) - 1);
        clauses.add(
            new LicenseFinding.Clause(
                c.type().id(),
                c.value(),
                Snippets.lineAt(tokens.text, tokens.starts[at[p]]),
                tokens.lines[at[p]]));
      } else {
        notes.add("clause " + c.type().id() + " not found: \"" + c.phrase() + "\"");
      }
    }
    double confidence =
        withPhrase == 0 ? 1.0 : PHRASES_MATCHED + (1 - PHRASES_MATCHED) * found / withPhrase;
    int firstLine = tokens.lines[first];
    int lastLine = tokens.lines[last];
    LicenseFinding f =
        factory.entry(
            o.entry(),
            "text",
            TextMatcher.round(confidence),
            new LicenseFinding.LineRange(firstLine, lastLine),
            clauses,
            Snippets.lineAt(tokens.text, tokens.starts[firstToken]),
            notes);
    return new Own(o.entry(), firstLine, lastLine, f);
  }

  private static int[] concat(int[] a, int[] b) {
    int[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static boolean all(int[] phrases, int[] at) {
    for (int p : phrases) {
      if (at[p] < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyOf(int[] phrases, int[] at) {
    for (int p : phrases) {
      if (at[p] >= 0) {
        return true;
      }
    }
    return false;
  }
}
