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

  private final LicenseKnowledge knowledge;
  private final TextMatcher matcher;
  private final FindingFactory factory;

  FullTextFinder(LicenseKnowledge knowledge, FindingFactory factory) {
    this.knowledge = knowledge;
    this.matcher = new TextMatcher(knowledge);
    this.factory = factory;
  }

  /**
   * The licence texts in a segment. Its words, read in one lean pass, decide first whether any
   * template or own entry could be found at all (see {@link CandidateBound} and {@link
   * OwnEntry#possible}); only then is the segment tokenized and searched. Most texts stop there.
   */
  List<LicenseFinding> find(Window.Segment s, Tokenizer tokenizer) {
    WordSet words = tokenizer.words(s.text(), s.from(), s.to());
    boolean ownPossible = ownPossible(words);
    boolean spdxPossible = knowledge.bound().mayMatch(words);
    if (!ownPossible && !spdxPossible) {
      return List.of();
    }
    Tokens tokens = tokenizer.tokenize(s.text(), s.from(), s.to(), s.firstLine());
    List<OwnText> own = ownPossible ? ownTexts(tokens) : List.of();
    List<TextMatcher.Match> matches = spdxPossible ? matcher.find(tokens) : List.of();
    List<LicenseFinding> out = new ArrayList<>();
    for (TextMatcher.Match m : matches) {
      int first = tokens.lines[m.first()];
      int last = tokens.lines[m.last()];
      if (own.stream().noneMatch(o -> replaces(o, m, first, last))) {
        out.add(spdxFinding(m, tokens, first, last));
      }
    }
    own.forEach(o -> out.add(o.finding));
    out.sort((a, b) -> Integer.compare(a.lines().start(), b.lines().start()));
    return out;
  }

  /** A model licence replaces an SPDX text it contains (Kimi's modified MIT) or resembles. */
  private static boolean replaces(OwnText o, TextMatcher.Match m, int first, int last) {
    boolean overlap = first <= o.last && last >= o.first;
    return overlap && (!m.exact() || o.entry.supersedes().contains(m.entry().id()));
  }

  /** The finding of an SPDX text match, with notes on "-or-later" and deprecated ids. */
  private LicenseFinding spdxFinding(TextMatcher.Match m, Tokens tokens, int first, int last) {
    List<String> notes =
        m.partial()
            ? PartialTexts.notes(m.confidence(), last, m.differences())
            : new ArrayList<>(m.differences());
    LicenseEntry e = m.entry();
    if (e.id().endsWith("-or-later")) {
      // The "-or-later" template is the same licence text: a text never says "or later" itself.
      e = knowledge.entry(e.id().replace("-or-later", "-only")).orElse(e);
    }
    if (e.id().endsWith("-only")
        && knowledge.entry(e.id().replace("-only", "-or-later")).isPresent()) {
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

  /**
   * A model-licence text found.
   *
   * @param entry its entry
   * @param first its first line
   * @param last its last line
   * @param finding what is reported
   */
  private record OwnText(LicenseEntry entry, int first, int last, LicenseFinding finding) {}

  /**
   * An own entry's clauses as found in a text.
   *
   * @param clauses every clause, with the line that states it when its phrase was found
   * @param notes the clauses whose phrase was not found
   * @param confidence {@link #PHRASES_MATCHED}, raised by the share of clause phrases found
   */
  private record ClausesFound(
      List<LicenseFinding.Clause> clauses, List<String> notes, double confidence) {}

  private boolean ownPossible(WordSet words) {
    for (OwnEntry o : knowledge.ownEntries()) {
      if (o.possible(words, knowledge.phrases())) {
        return true;
      }
    }
    return false;
  }

  private List<OwnText> ownTexts(Tokens tokens) {
    int[] at = knowledge.phrases().find(tokens);
    List<OwnText> out = new ArrayList<>();
    for (OwnEntry o : knowledge.ownEntries()) {
      if (o.recognised(at)) {
        out.add(ownText(o, at, tokens));
      }
    }
    return out;
  }

  /** The text of {@code o}: from its first phrase found to its last, clause phrases included. */
  private OwnText ownText(OwnEntry o, int[] at, Tokens tokens) {
    int[] span = {Integer.MAX_VALUE, -1};
    for (int p : o.all()) {
      widen(span, p, at);
    }
    for (int p : o.any()) {
      widen(span, p, at);
    }
    int firstToken = span[1] >= 0 ? span[0] : -1; // the evidence: the first recognising phrase
    ClausesFound found = clauses(o, at, tokens, span);
    int firstLine = tokens.lines[span[0]];
    int lastLine = tokens.lines[span[1]];
    LicenseFinding f =
        factory.entry(
            o.entry(),
            "text",
            TextMatcher.round(found.confidence()),
            new LicenseFinding.LineRange(firstLine, lastLine),
            found.clauses(),
            Snippets.lineAt(tokens.text, tokens.starts[firstToken]),
            found.notes());
    return new OwnText(o.entry(), firstLine, lastLine, f);
  }

  /** Widens the token span {@code [span[0], span[1]]} to phrase {@code p} when it is present. */
  private void widen(int[] span, int p, int[] at) {
    if (at[p] >= 0) {
      span[0] = Math.min(span[0], at[p]);
      span[1] = Math.max(span[1], at[p] + knowledge.phrases().length(p) - 1);
    }
  }

  /**
   * The entry's clauses: one without a phrase comes from the catalogue; one with a phrase is quoted
   * from the line that states it (and widens {@code span}) or noted as not found.
   */
  private ClausesFound clauses(OwnEntry o, int[] at, Tokens tokens, int[] span) {
    List<LicenseFinding.Clause> clauses = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int withPhrase = 0;
    int found = 0;
    List<LicenseEntry.ClauseSpec> specs = o.entry().clauses();
    for (int i = 0; i < specs.size(); i++) {
      LicenseEntry.ClauseSpec c = specs.get(i);
      int p = o.clausePhrases()[i];
      withPhrase += p < 0 ? 0 : 1;
      if (p < 0) {
        clauses.add(
            new LicenseFinding.Clause(
                c.type().id(), c.value(), "catalogue: " + o.entry().id(), null));
      } else if (at[p] >= 0) {
        found++;
        widen(span, p, at);
        clauses.add(stated(c, at[p], tokens));
      } else {
        notes.add("clause " + c.type().id() + " not found: \"" + c.phrase() + "\"");
      }
    }
    double confidence =
        withPhrase == 0 ? 1.0 : PHRASES_MATCHED + (1 - PHRASES_MATCHED) * found / withPhrase;
    return new ClausesFound(clauses, notes, confidence);
  }

  /** A clause quoted from the line of the text where its phrase starts (token {@code at}). */
  private static LicenseFinding.Clause stated(LicenseEntry.ClauseSpec c, int at, Tokens tokens) {
    return new LicenseFinding.Clause(
        c.type().id(),
        c.value(),
        Snippets.lineAt(tokens.text, tokens.starts[at]),
        tokens.lines[at]);
  }
}
